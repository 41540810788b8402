using ScarGuide.Diagnostics;

namespace ScarGuide.Tests.Pipeline;

public sealed class DiagnosticOrderTests
{
    [Fact]
    public void Sorted_orders_by_file_line_column_code_and_message_without_duplicates_keeping_ties_in_arrival_order()
    {
        var bag = new DiagnosticBag();
        bag.Warning("b-code", "x.md", 2, 1, "same");
        bag.Warning("a-code", "x.md", 10, 1, "later line");
        bag.Warning("a-code", "x.md", 2, 1, "same");
        bag.Error("a-code", "x.md", 2, 1, "same"); // equal in every key but severity: stays after the warning
        bag.Warning("a-code", "x.md", 2, 1, "same"); // a duplicate
        bag.Warning("z-code", "x.md", 1, 5, "first line");
        bag.Warning("z-code", "a.md", 3, 1, "other file");

        var sorted = bag.Sorted().Select(d => $"{d.File}:{d.Line}:{d.Column} {d.Code} {d.Severity}").ToList();

        Assert.Equal(
        [
            "a.md:3:1 z-code Warning",
            "x.md:1:5 z-code Warning",
            "x.md:2:1 a-code Warning",
            "x.md:2:1 a-code Error",
            "x.md:2:1 b-code Warning",
            "x.md:10:1 a-code Warning",
        ], sorted);
    }
}
