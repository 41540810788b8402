using ScarGuide.Related;

namespace ScarGuide.Tests.Related;

public sealed class TermAnalyzerTests
{
    [Fact]
    public void DropsStopWordsShortTokensAndBareNumbers()
    {
        var terms = TermAnalyzer.Terms("The scars of it were 2024 and are at 50% now");

        Assert.Equal(["scar"], terms);
    }

    [Fact]
    public void LowerCasesAndSplitsOnPunctuation()
    {
        var terms = TermAnalyzer.Terms("Post-inflammatory HYPERPIGMENTATION; CO2-laser");

        Assert.Equal(["post", "inflammatory", "hyperpigmentation", "co2", "laser"], terms);
    }

    [Theory]
    [InlineData("scars", "scar")]
    [InlineData("lasers", "laser")]
    [InlineData("therapies", "therapy")]
    [InlineData("glasses", "glass")]
    [InlineData("redness", "redness")]
    [InlineData("sebaceous", "sebaceous")]
    [InlineData("analysis", "analysis")]
    public void FoldsSimplePlurals(string word, string expected)
    {
        Assert.Equal([expected], TermAnalyzer.Terms(word));
    }

    [Fact]
    public void SkipsOverlongTokens()
    {
        var junk = new string('a', TokenReader.MaxTokenLength + 1);

        Assert.Equal(["keloid"], TermAnalyzer.Terms(junk + " keloid"));
    }
}
