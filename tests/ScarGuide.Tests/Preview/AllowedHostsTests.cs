using ScarGuide.Cli.Preview;

namespace ScarGuide.Tests.Preview;

public sealed class AllowedHostsTests
{
    [Theory]
    [InlineData("127.0.0.1", "localhost", true)]
    [InlineData("127.0.0.1", "localhost:5080", true)]
    [InlineData("127.0.0.1", "127.0.0.1:5080", true)]
    [InlineData("127.0.0.1", "[::1]:5080", true)]
    [InlineData("127.0.0.1", "evil.example", false)]
    [InlineData("127.0.0.1", "evil.example:5080", false)]
    [InlineData("127.0.0.1", "localhost.evil.example", false)]
    [InlineData("127.0.0.1", "127.0.0.1.evil.example", false)]
    [InlineData("127.0.0.1", "192.168.1.20:5080", false)]
    [InlineData("127.0.0.1", "", false)]
    [InlineData("192.168.1.20", "192.168.1.20:5080", true)]
    [InlineData("192.168.1.20", "localhost:5080", true)]
    [InlineData("192.168.1.20", "evil.example:5080", false)]
    [InlineData("preview.lan", "Preview.LAN:5080", true)]
    [InlineData("::1", "[::1]:5080", true)]
    [InlineData("fe80::1", "[fe80::1]:5080", true)]
    [InlineData("0.0.0.0", "192.168.1.20:5080", true)]
    [InlineData("0.0.0.0", "evil.example:5080", false)]
    public void Answers_loopback_names_and_the_host_serve_was_given(string listen, string hostHeader, bool allowed)
    {
        Assert.Equal(allowed, new AllowedHosts(listen).Allows(hostHeader));
    }
}
