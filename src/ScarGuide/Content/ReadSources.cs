using System.Buffers;
using System.Text;
using ScarGuide.Assets;
using ScarGuide.Configuration;
using ScarGuide.Diagnostics;
using ScarGuide.Pipeline;
using ScarGuide.Templating;

namespace ScarGuide.Content;

/// <summary>
/// Reads the configuration, the theme and every input file. Markdown under <c>articles/</c> and <c>pages/</c>
/// becomes content; any other file is copied as it is. Symlink loops are detected, not followed.
/// </summary>
public sealed class ReadSources : IStep
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase) { ".svg", ".png", ".jpg", ".jpeg", ".gif" };

    public string Name => "read sources";

    private static bool IsTranslatedGlossary(string relative, SiteConfig config) =>
        relative.StartsWith("glossary.", StringComparison.Ordinal) && relative.EndsWith(".yml", StringComparison.Ordinal)
        && config.Languages.Skip(1).Any(l => string.Equals(relative, $"glossary.{l.Code}.yml", StringComparison.OrdinalIgnoreCase));

    public void Run(BuildContext context)
    {
        var options = context.Options;
        var input = options.InputDirectory;
        if (!Directory.Exists(input))
        {
            context.Diagnostics.Error("input-missing", context.DisplayPath(input), 0, 0,
                "The input folder does not exist.", "Run from the repository root or pass --input with the folder holding site.yml and articles/.");
            context.Stop(); // nothing later can say anything useful
            return;
        }

        // Parsing the theme (and compiling Fluid's parser, ~0.1 s of a small build) needs nothing from the content, and
        // nothing needs the theme before templates are rendered: it loads on another thread meanwhile. So do the theme's
        // strings (the first YAML read and hash of the process: ~60 ms on this thread, in front of everything else).
        var themeFiles = context.ThemeFiles = ThemeFiles.Open(options, context.DisplayPath);
        context.LoadTheme(Task.Run(() => Theme.Load(themeFiles, context.Diagnostics)));
        context.LoadThemeStrings(Task.Run(() => ThemeStrings.Load(themeFiles, context.Diagnostics)));

        var diagnostics = context.Diagnostics;
        var sitePath = context.DisplayPath(Path.Combine(input, "site.yml"));
        var siteText = ReadText(context, Path.Combine(input, "site.yml"), diagnostics);
        context.Config = diagnostics.ReadFile(sitePath, "config-file",
            () => ConfigReader.ReadSite(siteText, sitePath, diagnostics, options.BaseUrl),
            new SiteConfig());
        // Lucene's stemmers and stop-word lists load in ~15 ms the first time (a tenth of a small site's build), and the
        // search index, the last step, is the first to need them: loaded on another thread meanwhile, result dropped.
        var languages = context.Config.Languages.Select(l => l.Code).DefaultIfEmpty(context.Config.Language).ToList();
        _ = Task.Run(() => { foreach (var language in languages) Search.SearchAnalyzer.For(language); });
        var authorsPath = context.DisplayPath(Path.Combine(input, "authors.yml"));
        var authorsText = ReadText(context, Path.Combine(input, "authors.yml"), diagnostics);
        context.Authors = diagnostics.ReadFile(authorsPath, "config-file",
            () => ConfigReader.ReadAuthors(authorsText, authorsPath, diagnostics), new Dictionary<string, Person>());
        var glossaryPath = Path.Combine(input, "glossary.yml");
        if (File.Exists(glossaryPath))
        {
            var glossaryText = ReadText(context, glossaryPath, diagnostics);
            var display = context.DisplayPath(glossaryPath);
            context.Glossary = diagnostics.ReadFile(display, "config-file", () => Glossary.GlossaryReader.Read(glossaryText, display, diagnostics), []);
        }
        else context.Glossary = [];
        // Each other language's glossary is glossary.<code>.yml; a language without one has no glossary page.
        var glossaries = new Dictionary<string, IReadOnlyList<Glossary.GlossaryTerm>>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in context.Config.Languages.Skip(1))
        {
            var path = Path.Combine(input, $"glossary.{language.Code}.yml");
            if (!File.Exists(path)) path = Path.Combine(input, $"glossary.{language.Code.ToLowerInvariant()}.yml");
            if (!File.Exists(path)) continue;
            var text = ReadText(context, path, diagnostics);
            var display = context.DisplayPath(path);
            glossaries[language.Code] = diagnostics.ReadFile(display, "config-file", () => Glossary.GlossaryReader.Read(text, display, diagnostics), []);
        }
        context.TranslatedGlossaries = glossaries;

        var markdown = new List<(string File, ContentKind Kind)>();
        var statics = new List<StaticFile>();
        foreach (var file in EnumerateFiles(context, input))
        {
            var relative = Path.GetRelativePath(input, file).Replace('\\', '/');
            if (relative is "site.yml" or "authors.yml" or "glossary.yml" || IsTranslatedGlossary(relative, context.Config)) continue;
            var kind = relative.StartsWith("articles/", StringComparison.Ordinal) ? ContentKind.Article
                : relative.StartsWith("pages/", StringComparison.Ordinal) ? ContentKind.Page
                : (ContentKind?)null;
            if (kind is not null && relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                markdown.Add((file, kind.Value));
            }
            else if (!relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                var info = new FileInfo(file);
                statics.Add(new StaticFile(context.DisplayPath(file), file, relative, info.Length) { LastWriteTimeUtc = info.LastWriteTimeUtc });
            }
        }

        // Reading is I/O: done in parallel. Folders are listed on every build, so added, deleted and renamed files are
        // seen; a build with memory reads again only files whose size or time changed.
        var sources = new List<SourceText>(markdown.Count);
        if (context.ReleasesAsWritten)
        {
            // A one-shot build reads each file as its front matter is parsed, which lets it go at once: every file's
            // text held at the same time was 1.7 GB at 100,000 articles.
            foreach (var (file, kind) in markdown)
                sources.Add(new SourceText(context.DisplayPath(file), FileKeyOf(file), kind, "") { Unread = file });
        }
        else
        {
            var read = context.Work.Map(ReadFile(context), markdown, context.Diagnostics);
            for (var i = 0; i < read.Length; i++)
            {
                var (file, kind) = markdown[i];
                if (read[i].Text is { } text)
                    sources.Add(new SourceText(context.DisplayPath(file), FileKeyOf(file), kind, text));
            }
        }

        foreach (var file in themeFiles.Under("assets"))
        {
            // CSS and JS are bundled and fingerprinted by ProcessAssets.
            if (file.RelativePath.EndsWith(".css", StringComparison.OrdinalIgnoreCase) || file.RelativePath.EndsWith(".js", StringComparison.OrdinalIgnoreCase)) continue;
            statics.Add(file.FullPath is null
                ? new StaticFile(file.DisplayPath, "", file.RelativePath, file.Length) { Content = file.ReadBytes() }
                : new StaticFile(file.DisplayPath, file.FullPath, file.RelativePath, file.Length));
        }

        context.SetSources(sources.OrderBy(s => s.SourcePath, StringComparer.Ordinal).ToList());
        context.StaticFiles = statics.OrderBy(s => s.OutputPath, StringComparer.Ordinal).ToList();
        // Photos get their sizes from ProcessImages, which reads their headers anyway. A loop: LINQ over tuples of a
        // nullable struct had no precompiled code, and was compiled on every start.
        var sizes = new Dictionary<string, ImageSize>(StringComparer.Ordinal);
        foreach (var s in statics)
        {
            if (!ImageExtensions.Contains(Path.GetExtension(s.OutputPath)) || Images.ProcessImages.Handles(s)) continue;
            if ((s.Content is null ? ImageSize.Read(s.FullPath) : ImageSize.Read(s.OutputPath, s.Content)) is { } size)
                sizes.Add(s.OutputPath, size);
        }
        context.ImageSizes = sizes;
        // Every photo's variant keys name the libvips version, and asking loads libvips and starts it (~7 ms of a warm
        // build that encodes nothing): done on another thread while front matter is parsed.
        if (statics.Exists(Images.ProcessImages.Handles)) _ = Task.Run(() => Images.Vips.Version);
    }

    private static string FileKeyOf(string file) => Path.GetFileNameWithoutExtension(file).ToLowerInvariant();

    /// <summary>A source file's text (null if it could not be used) and whether its time can be trusted to tell a change.</summary>
    private sealed record FileText(string? Text, bool Settled);

    /// <summary>Reading one Markdown file, keyed by its size and last-write time (trusted once settled, see <see cref="IO.FileTimes"/>).</summary>
    private static Reusable<(string File, ContentKind Kind), FileText> ReadFile(BuildContext context) => new(
        "read",
        item => item.File,
        item =>
        {
            var info = new FileInfo(item.File);
            return info.Exists ? [info.Length, info.LastWriteTimeUtc] : [-1L];
        },
        (item, diagnostics) =>
        {
            var readAt = IO.FileTimes.ReadAt();
            var text = ReadText(context, item.File, diagnostics);
            // Only worth asking when the text is remembered.
            return new FileText(text, text is not null && context.Work.Remembers && IO.FileTimes.Settled(readAt, File.GetLastWriteTimeUtc(item.File)));
        })
    {
        IsCurrent = (_, remembered) => remembered.Settled,
    };

    /// <summary>Reads UTF-8 text (a byte-order mark is allowed), normalizing CRLF to LF; reports other encodings.</summary>
    public static string? ReadText(BuildContext context, string path, Diagnostics.DiagnosticBag diagnostics)
    {
        if (!File.Exists(path)) return null;
        var span = ReadBytes(path);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        try
        {
            var text = StrictUtf8.GetString(span);
            // Tools that prepend a mark to text that already has one leave several; the fence must still come first.
            if (text.StartsWith('\uFEFF')) text = text.TrimStart('\uFEFF');
            if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
            return RemoveControlCharacters(context, path, text, diagnostics);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = Math.Max(0, ex.Index);
            var prefix = span[..Math.Min(offset, span.Length)];
            var line = prefix.Count((byte)'\n') + 1;
            diagnostics.Error("not-utf8", context.DisplayPath(path), line, 1,
                "The file is not valid UTF-8 text (it may have been saved as Windows-1252 or Latin-1).",
                "Save the file as UTF-8 in your editor (on GitHub's web editor this happens automatically).");
            return null;
        }
    }

    // Invisible in editors, invalid in HTML and fatal in XML feeds: C0 controls other than tab and line breaks, DEL
    // and the C1 controls, and the two noncharacters XML forbids. They usually come from pasting out of a PDF.
    private static readonly SearchValues<char> AsciiControls = SearchValues.Create(CharacterSearch.Controls);

    private static int IndexOfControl(ReadOnlySpan<char> text) => CharacterSearch.IndexOfAny(text, AsciiControls, '\u007F', '\u009F');

    private static string RemoveControlCharacters(BuildContext context, string path, string text, Diagnostics.DiagnosticBag diagnostics)
    {
        var next = IndexOfControl(text);
        if (next < 0) return text;
        var kept = new StringBuilder(text.Length);
        var start = 0;
        while (next >= 0)
        {
            var at = start + next;
            kept.Append(text, start, at - start);
            var line = text.AsSpan(0, at).Count('\n') + 1;
            var column = at - (at == 0 ? -1 : text.LastIndexOf('\n', at - 1));
            diagnostics.Warning("control-character", context.DisplayPath(path), line, column,
                $"The text holds an invisible control character (U+{(int)text[at]:X4}), which web pages and feeds do not allow; it was left out.",
                "Delete it: retype the text around it (such characters usually come from pasting out of a PDF or word processor).");
            start = at + 1;
            next = IndexOfControl(text.AsSpan(start));
        }
        kept.Append(text, start, text.Length - start);
        return kept.ToString();
    }

    /// <summary>
    /// A Markdown file as a one-shot build parses it: its UTF-8 bytes and the characters they decode to, both in buffers
    /// of the calling thread (valid until its next read), so no string of the whole file is made. False for a file
    /// <see cref="ReadText"/> has something to change or to report in (a missing file, bytes that are not UTF-8, a second
    /// byte-order mark, a carriage return, a control character): the caller reads that one with ReadText.
    /// </summary>
    internal static bool TryReadPlain(string path, out ReadOnlySpan<byte> utf8, out ReadOnlySpan<char> text)
    {
        utf8 = default;
        text = default;
        ReadOnlySpan<byte> span;
        try
        {
            span = ReadBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return false; // ReadText says what it says of a missing file (nothing)
        }
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        var chars = Buffer(ref t_chars, span.Length);
        if (System.Text.Unicode.Utf8.ToUtf16(span, chars, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            return false;
        var decoded = chars.AsSpan(0, written);
        if (decoded.StartsWith('\uFEFF') || decoded.Contains('\r') || IndexOfControl(decoded) >= 0) return false;
        utf8 = span;
        text = decoded;
        return true;
    }

    [ThreadStatic] private static byte[]? t_readBuffer;
    [ThreadStatic] private static char[]? t_chars;

    // Pages are decoded at once, so their bytes go through one buffer per thread instead of a new array per file. It
    // grows with the largest file read (a small site's threads need a few KB, not the 1 MiB each they were given);
    // only files past 1 MiB get their own.
    private static T[] Buffer<T>(ref T[]? kept, int length)
    {
        if (kept is not null && kept.Length >= length) return kept;
        if (length > 1 << 20) return new T[length];
        return kept = new T[Math.Max(16 * 1024, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)length))];
    }

    private static ReadOnlySpan<byte> ReadBytes(string path)
    {
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length > 1 << 20) return File.ReadAllBytes(path);
        var buffer = Buffer(ref t_readBuffer, (int)length);
        var total = 0;
        int read;
        while (total < length && (read = RandomAccess.Read(handle, buffer.AsSpan(total, (int)length - total), total)) > 0) total += read;
        return buffer.AsSpan(0, total);
    }

    /// <summary>Walks a folder in a stable order, skipping dot-files and never entering a folder twice (symlink loops).</summary>
    private static IEnumerable<string> EnumerateFiles(BuildContext context, string root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            var info = new DirectoryInfo(dir);
            var real = info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
            if (!seen.Add(real))
            {
                context.Diagnostics.Warning("symlink-loop", context.DisplayPath(dir), 0, 0,
                    "This folder links back to a folder already read (a symlink loop); it was skipped.", "Remove the symbolic link.");
                continue;
            }
            string[] files, dirs;
            try
            {
                files = Directory.GetFiles(dir);
                dirs = Directory.GetDirectories(dir);
            }
            catch (IOException ex)
            {
                context.Diagnostics.Warning("unreadable", context.DisplayPath(dir), 0, 0, $"The folder could not be read: {ex.Message}", "Check the folder and its links.");
                continue;
            }
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var f in files)
            {
                if (Path.GetFileName(f).StartsWith('.')) continue;
                if (new FileInfo(f) is { LinkTarget: not null } link && link.ResolveLinkTarget(true) is not { Exists: true })
                {
                    context.Diagnostics.Warning("broken-symlink", context.DisplayPath(f), 0, 0, "This file is a link to nothing; it was skipped.", "Remove or fix the link.");
                    continue;
                }
                yield return f;
            }
            Array.Sort(dirs, StringComparer.Ordinal);
            for (var i = dirs.Length - 1; i >= 0; i--)
                if (!Path.GetFileName(dirs[i]).StartsWith('.')) pending.Push(dirs[i]);
        }
    }
}
