using ScarGuide.Assets;

namespace ScarGuide.Tests.Assets;

public sealed class MinifierTests
{
    [Fact]
    public void Css_minifier_removes_comments_and_space_but_keeps_strings_and_descendant_pseudo_selectors()
    {
        var css = "/* note */\n.crumb::before {\n  content: \"a, b ; c\";\n}\n\n.card :hover , .x > .y {\n  margin : 0 auto;\n  color: red;\n}\n";
        Assert.Equal(".crumb::before{content: \"a, b ; c\"}.card :hover,.x>.y{margin : 0 auto;color: red}\n", ProcessAssets.MinifyCss(css));
    }

    [Fact]
    public void Js_minifier_drops_comment_lines_and_indentation_but_not_inside_template_literals()
    {
        var js = "(function () {\n  // comment\n  var t = `line one\n    // not a comment\n  indented`;\n\n  var u = 'a `b` c';\n  return t;\n})();\n";
        Assert.Equal("(function () {\nvar t = `line one\n    // not a comment\n  indented`;\nvar u = 'a `b` c';\nreturn t;\n})();\n", ProcessAssets.MinifyJs(js));
    }
}
