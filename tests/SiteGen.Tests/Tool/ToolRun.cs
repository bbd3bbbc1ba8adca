namespace SiteGen.Tests.Tool;

/// <summary>One run of a command: its exit code and what it printed.</summary>
public sealed record ToolRun(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- out ---\n{Out}\n--- error ---\n{Error}";
}
