using System.Diagnostics;
using System.Reflection;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Tool;

/// <summary>
/// SiteGen as a user gets it: packed with <c>dotnet pack</c> from the build the tests already made (no second compile),
/// installed with <c>dotnet tool install</c> into an empty tool path from that local package only (a NuGet.Config
/// naming no other source, so it works offline), and run as <c>sitegen</c>. Made once for all the tests that use it.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private readonly TempFolder _temp = new();

    public InstalledTool()
    {
        var configuration = typeof(SiteBuilder).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var packages = _temp.Combine("packages");
        Pack = Dotnet(Repo.Root, "pack", Path.Combine(Repo.Root, "src", "SiteGen"), "-c", configuration, "--no-build", "-o", packages, "--nologo");
        Package = Directory.GetFiles(packages, "*.nupkg").Single();
        _temp.Write("NuGet.Config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        ToolPath = _temp.Combine("tools");
        Install = Dotnet(_temp.Path, "tool", "install", "SiteGen", "--tool-path", ToolPath, "--configfile", _temp.Combine("NuGet.Config"));
    }

    /// <summary>What <c>dotnet pack</c> and <c>dotnet tool install</c> printed (and their exit codes).</summary>
    public ToolRun Pack { get; }

    public ToolRun Install { get; }

    public string Package { get; }

    public string ToolPath { get; }

    /// <summary>Runs the installed <c>sitegen</c> in <paramref name="folder"/>.</summary>
    public ToolRun Run(string folder, params string[] args) =>
        Start(Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "sitegen.exe" : "sitegen"), folder, args);

    public void Dispose() => _temp.Dispose();

    private static ToolRun Dotnet(string folder, params string[] args) =>
        Start(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet", folder, args);

    private static ToolRun Start(string program, string folder, string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // The tool's launcher finds the runtime the tests run on; no progress bars or first-run banners in the output.
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet) start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(dotnet);
        start.Environment["CI"] = "true";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10))) process.Kill(entireProcessTree: true);
        return new ToolRun(process.ExitCode, output, error.Result);
    }
}
