using System.CommandLine;
using System.CommandLine.Help;

namespace SiteGen.Cli;

/// <summary>
/// The command line: parses, runs one command, maps the outcome to an <see cref="ExitCode"/>. Usage errors are
/// <see cref="ExitCode.BadUsage"/>; I/O failures <see cref="ExitCode.IoError"/>; anything else escaping a command is a bug
/// (<see cref="ExitCode.InternalError"/>), caught here once.
/// </summary>
public static class CliApp
{
    public static int Run(string[] args, CliEnvironment env)
    {
        var root = new RootCommand("SiteGen: turns a folder of Dutch news articles into a verified static timeline site.")
        {
            BuildCommand.Create(env),
            VerifyCommand.Create(env),
            ExtractCommand.Create(env),
            ServeCommand.Create(env),
            NewCommand.Create(env),
            ThemeCommand.Create(env),
        };
        foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new VersionAction(env);
        var result = root.Parse(args);
        var config = new InvocationConfiguration { Output = env.Out, Error = env.Error, EnableDefaultExceptionHandler = false };
        if (result.Errors.Count > 0 && result.Action is not HelpAction)
        {
            foreach (var error in result.Errors) env.Error.WriteLine($"sitegen: {Diagnostics.ControlText.Escape(error.Message)}");
            env.Error.WriteLine("Run 'sitegen --help' for usage.");
            return (int)ExitCode.BadUsage;
        }
        try
        {
            return result.Invoke(config);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"sitegen: error SG6001: {e.Message} Fix: check that the folder exists and is writable.");
            return (int)ExitCode.IoError;
        }
        catch (Exception e)
        {
            env.Error.WriteLine($"sitegen: internal error (a bug, please report it): {e}");
            return (int)ExitCode.InternalError;
        }
    }
}
