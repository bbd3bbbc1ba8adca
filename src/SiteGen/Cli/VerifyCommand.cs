using System.CommandLine;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Verification;

namespace SiteGen.Cli;

/// <summary><c>sitegen verify DIR</c>: runs every output check over a built site.</summary>
public static class VerifyCommand
{
    public static Command Create(CliEnvironment env)
    {
        var dir = new Argument<string>("DIR") { Description = "The built site to check (e.g. _site)." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Sub-path the site was built for, e.g. /repo/. Default: /.", HelpName = "PATH" };
        var command = new Command("verify", "Check a built site: HTML parses, links and anchors resolve, head tags, one h1, no foreign script, CSP.")
        {
            dir, baseUrl,
        };
        command.SetAction(parse =>
        {
            var folder = env.FullPath(parse.GetValue(dir)!);
            if (!Directory.Exists(folder))
            {
                env.Error.WriteLine($"{ControlText.EscapePath(parse.GetValue(dir)!)}: error SG4005: The folder to verify does not exist.");
                return (int)ExitCode.BadUsage;
            }
            var diagnostics = new DiagnosticBag();
            var display = Path.GetRelativePath(env.WorkingDirectory, folder).Replace('\\', '/');
            var errors = SiteVerifier.Default.Verify(folder, BaseUrl.Normalize(parse.GetValue(baseUrl)), display, diagnostics);
            DiagnosticPrinter.Print(diagnostics, env, Verbosity.Normal);
            env.Out.WriteLine($"{diagnostics.WarningCount} warnings, {diagnostics.ErrorCount} errors in {ControlText.Escape(display)}.");
            return (int)(errors > 0 ? ExitCode.VerificationFailed : ExitCode.Success);
        });
        return command;
    }
}
