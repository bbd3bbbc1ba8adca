using SiteGen.Cli;
using SiteGen.Configuration;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>Builds sites for tests: through the CLI (exit code and printed text) or through <see cref="SiteBuilder"/> directly.</summary>
internal static class SiteRun
{
    public static (int Exit, string Out, string Error) Cli(string workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, new CliEnvironment(output, error, workingDirectory));
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Options for a site in <paramref name="root"/> using the repository's templates and wwwroot unless copied there.</summary>
    public static SiteOptions Options(string root, string input, string output = "_site") => SiteOptions.ForRoot(root) with
    {
        Input = Path.Combine(root, input),
        Output = Path.Combine(root, output),
        Templates = Directory.Exists(Path.Combine(root, "templates")) ? Path.Combine(root, "templates") : Repo.Templates,
        Wwwroot = Directory.Exists(Path.Combine(root, "wwwroot")) ? Path.Combine(root, "wwwroot") : Repo.Wwwroot,
    };

    public static (BuildReport Report, DiagnosticBag Diagnostics) Build(SiteOptions options)
    {
        var diagnostics = new DiagnosticBag();
        return (new SiteBuilder(options).Build(diagnostics), diagnostics);
    }

    /// <summary>Every file under <paramref name="folder"/> with its bytes, by relative path: two trees compare equal only if byte-identical.</summary>
    public static SortedDictionary<string, string> Tree(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
                f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
