using System.Globalization;
using ScarGuide.Diagnostics;
using ScarGuide.FrontMatter;

namespace ScarGuide.Tests.FrontMatter;

/// <summary>The shortcuts front matter reading takes for the usual case give what the general way gives.</summary>
public sealed class FrontMatterScanTests
{
    public static TheoryData<string> DateTexts()
    {
        var data = new TheoryData<string>
        {
            "2026-03-14", "2024-02-29", "2023-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
            "0000-01-01", "0001-01-01", "9999-12-31", "2026-1-14", "2026/03/14", "2026-03-1x", "+026-03-14", " 026-03-14",
            "２０２６-03-14", "٢٠٢٦-٠٣-١٤", "2026-03-14T09:30", "2026-03-14 09:30:00", "2026-03-14T09:30:00+01:00", "next week",
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(DateTexts))]
    public void A_date_reads_as_the_formats_read_it(string text)
    {
        string[] formats =
        [
            "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mmK",
            "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ssK",
        ];
        var expected = DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var want);
        Assert.Equal(expected, YamlValues.TryParseDate(text, out var got, out _));
        if (expected)
        {
            Assert.Equal(want, got);
            Assert.Equal(want.Offset, got.Offset);
            Assert.Equal(want.ToString("O", CultureInfo.InvariantCulture), got.ToString("O", CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Every_day_of_four_years_reads_as_the_formats_read_it()
    {
        for (var day = new DateTime(2023, 1, 1); day.Year < 2027; day = day.AddDays(1))
        {
            var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.True(YamlValues.TryParseDate(text, out var got, out _));
            Assert.Equal(DateTimeOffset.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), got);
        }
    }

    [Theory]
    [InlineData("title: x\ntags:\n\t- acne\n", 3, 1)]
    [InlineData("title: x\ntags:\n  \t- acne\n", 3, 3)]
    [InlineData("title: \"a\tb\"\ntags:\n\t- acne\n", 3, 1)]
    [InlineData("title: x\t# a tab after a value\nnext: y\n  x\t\n\t\n", 4, 1)]
    [InlineData("\ttitle: x\n", 1, 1)]
    [InlineData("title: x\n\n\n \t \t\n", 4, 2)]
    [InlineData("title: \"a\tb\"\nnext: c\td\n", 0, 0)]
    [InlineData("title: x\n", 0, 0)]
    public void A_tab_is_an_indent_only_where_nothing_but_spaces_precede_it_on_its_line(string yaml, int line, int column)
    {
        var diagnostics = new DiagnosticBag();
        YamlValues.ParseMapping(yaml, "x.yml", 0, diagnostics, "front matter");
        var tab = diagnostics.Sorted().SingleOrDefault(d => d.Code == "yaml-tab");
        Assert.Equal((line, column), tab is null ? (0, 0) : (tab.Line, tab.Column));
    }
}
