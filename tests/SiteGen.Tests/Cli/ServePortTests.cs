using System.Net;
using System.Net.Sockets;
using SiteGen.Cli;
using SiteGen.Tests.Support;
using Xunit;

namespace SiteGen.Tests.Cli;

/// <summary>A bad or busy port is one line saying so and a named exit code, not a stack trace or a message about folders.</summary>
public class ServePortTests
{
    [Theory]
    [InlineData("99999")]
    [InlineData("0")]
    [InlineData("-1")]
    public void A_port_out_of_range_is_bad_usage(string port)
    {
        using var temp = new TempFolder();
        var (exit, output, error) = SiteRun.Cli(temp.CopySite(), "serve", "--port", port);

        Assert.Equal((int)ExitCode.BadUsage, exit);
        Assert.Equal($"sitegen serve: --port must be a port number from 1 to 65535, not {port}.\n", error.Replace("\r\n", "\n"));
        Assert.Empty(output);
    }

    [Fact]
    public void A_port_in_use_is_an_io_error_that_says_so()
    {
        using var temp = new TempFolder();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exit, _, error) = SiteRun.Cli(temp.CopySite(), "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((int)ExitCode.IoError, exit);
        Assert.StartsWith($"sitegen serve: error SG6004: Port {port} on 127.0.0.1 is already in use", error);
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain("folder", error);
    }
}
