namespace SiteGen.Cli;

/// <summary>Where a command writes and which folder relative paths start from; tests pass their own.</summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    public static CliEnvironment FromConsole() => new(Console.Out, Console.Error, Environment.CurrentDirectory);

    public string FullPath(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));
}
