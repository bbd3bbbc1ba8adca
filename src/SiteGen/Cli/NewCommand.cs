using System.CommandLine;
using SiteGen.Theming;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen new DIR</c>: a ready site (<see cref="StarterSite"/>) that builds with the default theme as it is. It writes
/// only into a folder that does not exist or is empty, so nothing of the user's is ever overwritten.
/// </summary>
public static class NewCommand
{
    public static Command Create(CliEnvironment env)
    {
        var folder = new Argument<string>("DIR") { Description = "Folder for the new site; created, or empty." };
        var command = new Command("new", "Start a new site: sitegen.yml, artikelen/ with a sample article, .gitignore, README and a GitHub Pages workflow.") { folder };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(folder)!;
            var target = env.FullPath(given);
            if (File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()))
            {
                env.Error.WriteLine($"{Diagnostics.ControlText.EscapePath(given)}: error SG4010: The folder for the new site is not empty (or is a file); nothing was written. Fix: Pass a new or empty folder, e.g. sitegen new mijn-tijdlijn.");
                return (int)ExitCode.BadUsage;
            }
            var title = Path.GetFileName(Path.TrimEndingDirectorySeparator(target));
            foreach (var (path, text) in StarterSite.Files(title))
            {
                var file = Path.Combine(target, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, text);
                env.Out.WriteLine($"  created {Path.GetRelativePath(env.WorkingDirectory, file).Replace('\\', '/')}");
            }
            var shown = Path.GetRelativePath(env.WorkingDirectory, target).Replace('\\', '/');
            env.Out.WriteLine($"New site in {shown}. Next:");
            env.Out.WriteLine($"  cd {shown}");
            env.Out.WriteLine("  sitegen serve            # preview at http://127.0.0.1:8080/");
            env.Out.WriteLine("  sitegen build            # write and verify the site in _site/");
            return (int)ExitCode.Success;
        });
        return command;
    }
}
