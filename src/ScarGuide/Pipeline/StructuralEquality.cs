using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace ScarGuide.Pipeline;

/// <summary>
/// Deep equality for view models: records and classes compare every public property, lists and dictionaries
/// compare their items in order, strings ordinally. Records alone compare lists by reference, which is not enough
/// to tell whether a page would render the same.
/// </summary>
/// <remarks>
/// Works on any type, so a property added to a view later is compared without anyone remembering to list it.
/// A typed comparer is compiled once per type (no boxing, no reflection per call): a preview compares every page
/// of the site on each rebuild. View models are trees: there are no cycles to guard against.
/// </remarks>
internal static class StructuralEquality
{
    private static readonly ConcurrentDictionary<Type, Func<object, object, bool>> Boxed = new();
    private static readonly MethodInfo ListMethod = typeof(StructuralEquality).GetMethod(nameof(ListEqual), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo DynamicMethod = typeof(StructuralEquality).GetMethod(nameof(Equal), [typeof(object), typeof(object)])!;

    public static bool Equal<T>(T a, T b) => Comparer<T>.Compare(a, b);

    /// <summary>Compares two values of any runtime type (used where the declared type is object, an interface or not sealed).</summary>
    public static bool Equal(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || a.GetType() != b.GetType()) return false;
        return a switch
        {
            string s => string.Equals(s, (string)b, StringComparison.Ordinal),
            DateTimeOffset d => d.EqualsExact((DateTimeOffset)b),
            Content.Utf8Text t => t.Equals(b),
            IDictionary da => EqualEntries(da, (IDictionary)b),
            IEnumerable ea => EqualItems(ea, (IEnumerable)b),
            _ when a.GetType().IsValueType => a.Equals(b),
            _ => Boxed.GetOrAdd(a.GetType(), CompileBoxed)(a, b),
        };
    }

    /// <summary>One compiled comparer per type. Built on first use; a field reference, so recursive types are fine.</summary>
    private static class Comparer<T>
    {
        public static readonly Func<T, T, bool> Compare = Compile();

        private static Func<T, T, bool> Compile()
        {
            var a = Expression.Parameter(typeof(T), "a");
            var b = Expression.Parameter(typeof(T), "b");
            return Expression.Lambda<Func<T, T, bool>>(Body(typeof(T), a, b), a, b).Compile();
        }
    }

    private static Expression ComparerOf(Type type) =>
        Expression.Field(null, typeof(Comparer<>).MakeGenericType(type).GetField(nameof(Comparer<object>.Compare))!);

    /// <summary>For a sealed runtime type reached through object: cast and use its typed comparer.</summary>
    private static Func<object, object, bool> CompileBoxed(Type type)
    {
        var a = Expression.Parameter(typeof(object), "a");
        var b = Expression.Parameter(typeof(object), "b");
        var call = Expression.Invoke(ComparerOf(type), Expression.Convert(a, type), Expression.Convert(b, type));
        return Expression.Lambda<Func<object, object, bool>>(call, a, b).Compile();
    }

    private static Expression Body(Type type, Expression a, Expression b)
    {
        if (type == typeof(string))
            return Expression.Call(typeof(string).GetMethod(nameof(string.Equals), [typeof(string), typeof(string), typeof(StringComparison)])!,
                a, b, Expression.Constant(StringComparison.Ordinal));
        if (type == typeof(DateTimeOffset))
            return Expression.Call(a, typeof(DateTimeOffset).GetMethod(nameof(DateTimeOffset.EqualsExact))!, b);
        // Its bytes are private: compared by its own Equals (the text), not by its public properties.
        if (type == typeof(Content.Utf8Text))
            return Expression.Call(typeof(object).GetMethod(nameof(object.Equals), [typeof(object), typeof(object)])!,
                Expression.Convert(a, typeof(object)), Expression.Convert(b, typeof(object)));
        if (type.IsValueType)
        {
            var comparer = typeof(EqualityComparer<>).MakeGenericType(type);
            return Expression.Call(Expression.Property(null, comparer.GetProperty(nameof(EqualityComparer<int>.Default))!),
                comparer.GetMethod(nameof(EqualityComparer<int>.Equals), [type, type])!, a, b);
        }

        if (ListElement(type) is { } item)
        {
            var listType = typeof(IReadOnlyList<>).MakeGenericType(item);
            return Expression.Call(ListMethod.MakeGenericMethod(item), Expression.Convert(a, listType), Expression.Convert(b, listType), ComparerOf(item));
        }

        // Anything not sealed (object, interfaces, dictionaries) may hold any runtime type: compare dynamically.
        if (!type.IsSealed || typeof(IEnumerable).IsAssignableFrom(type))
            return Expression.Call(DynamicMethod, Expression.Convert(a, typeof(object)), Expression.Convert(b, typeof(object)));

        // A sealed class or record: the same object, or both present and every public property equal.
        Expression all = Expression.Constant(true);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanRead && p.GetMethod!.IsPublic && p.GetIndexParameters().Length == 0)
                     .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var pt = property.PropertyType;
            Expression left = Expression.Property(a, property), right = Expression.Property(b, property);
            all = Expression.AndAlso(all, pt == typeof(string) || pt.IsValueType
                ? Body(pt, left, right)
                : Expression.Invoke(ComparerOf(pt), left, right));
        }
        var nothing = Expression.Constant(null, type);
        return Expression.OrElse(Expression.ReferenceEqual(a, b),
            Expression.AndAlso(Expression.AndAlso(Expression.ReferenceNotEqual(a, nothing), Expression.ReferenceNotEqual(b, nothing)), all));
    }

    /// <summary>The item type of a list the comparer walks by index (IReadOnlyList&lt;T&gt;, List&lt;T&gt;, T[]), or null.</summary>
    private static Type? ListElement(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) || type.GetGenericTypeDefinition() == typeof(List<>)))
            return type.GetGenericArguments()[0];
        return null;
    }

    private static bool ListEqual<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b, Func<T, T, bool> equal)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!equal(a[i], b[i])) return false;
        return true;
    }

    // Dictionaries are compared in enumeration order: a template looping over one shows that order.
    private static bool EqualEntries(IDictionary a, IDictionary b)
    {
        if (a.Count != b.Count) return false;
        var ea = a.GetEnumerator();
        var eb = b.GetEnumerator();
        while (ea.MoveNext())
        {
            if (!eb.MoveNext()) return false;
            if (!Equal(ea.Entry.Key, eb.Entry.Key) || !Equal(ea.Entry.Value, eb.Entry.Value)) return false;
        }
        return !eb.MoveNext();
    }

    private static bool EqualItems(IEnumerable a, IEnumerable b)
    {
        if (a is ICollection ca && b is ICollection cb && ca.Count != cb.Count) return false;
        var ea = a.GetEnumerator();
        var eb = b.GetEnumerator();
        while (ea.MoveNext())
        {
            if (!eb.MoveNext() || !Equal(ea.Current, eb.Current)) return false;
        }
        return !eb.MoveNext();
    }
}
