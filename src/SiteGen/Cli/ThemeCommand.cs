using System.CommandLine;
using SiteGen.Diagnostics;
using SiteGen.Theming;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen theme export [DIR]</c>: writes the default theme's templates, interface texts and static files out, to
/// <c>DIR/templates</c> and <c>DIR/wwwroot</c>, else to the site's own folders (from sitegen.yml), to customise. A file
/// that already exists is kept, never overwritten: it is the site's own and already replaces the default.
/// </summary>
public static class ThemeCommand
{
    public static Command Create(CliEnvironment env)
    {
        var dir = new Argument<string?>("DIR") { Description = "Where templates/ and wwwroot/ are written. Default: the site's templates and wwwroot folders (sitegen.yml).", Arity = ArgumentArity.ZeroOrOne };
        var config = new Option<string?>("--config", "-c") { Description = "A sitegen.yml; its folder becomes the site root. Default: ./sitegen.yml when present.", HelpName = "FILE" };
        var export = new Command("export", "Write the default templates and static files out for customising; existing files are kept.") { dir, config };
        export.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var options = OptionsResolver.Resolve(env, parse.GetValue(config), diagnostics);
            if (options is null || diagnostics.ErrorCount > 0)
            {
                DiagnosticPrinter.Print(diagnostics, env, Configuration.Verbosity.Normal);
                return (int)ExitCode.BadUsage;
            }
            var root = parse.GetValue(dir) is { } d ? env.FullPath(d) : null;
            var (written, kept) = (0, 0);
            foreach (var (folder, target) in new[] { (DefaultTheme.TemplatesFolder, root is null ? options.Templates : Path.Combine(root, "templates")), (DefaultTheme.WwwrootFolder, root is null ? options.Wwwroot : Path.Combine(root, "wwwroot")) })
                foreach (var (path, bytes) in DefaultTheme.Files(folder))
                {
                    var file = Path.Combine(target, path);
                    var shown = ControlText.EscapePath(Path.GetRelativePath(env.WorkingDirectory, file).Replace('\\', '/'));
                    if (File.Exists(file) || Directory.Exists(file))
                    {
                        env.Out.WriteLine($"  kept    {shown} (exists)");
                        kept++;
                        continue;
                    }
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    File.WriteAllBytes(file, bytes);
                    env.Out.WriteLine($"  written {shown}");
                    written++;
                }
            env.Out.WriteLine($"{written} files written, {kept} kept. Each file there replaces the default of the same name; delete those you do not change, so they keep following the tool's updates.");
            return (int)ExitCode.Success;
        });
        return new Command("theme", "The default theme: templates, interface texts and static files built into SiteGen.") { export };
    }
}
