using System.CommandLine;
using System.CommandLine.Invocation;
using SiteGen.Configuration;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen --version</c>: the released version (<see cref="ToolRelease"/>). The default action prints the entry
/// assembly's version, which is the test host's when the command line runs inside the tests.
/// </summary>
public sealed class VersionAction(CliEnvironment env) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        env.Out.WriteLine(ToolRelease.Number);
        return (int)ExitCode.Success;
    }
}
