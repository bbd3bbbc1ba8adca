using SiteGen.Configuration;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// Settles a build's options in order: embedded defaults for the site root (the folder of --config, else the working
/// directory), then <c>sitegen.yml</c> there, then flags. Flag paths are relative to the working directory.
/// </summary>
public static class OptionsResolver
{
    public static SiteOptions? Resolve(CliEnvironment env, string? configFile, DiagnosticBag diagnostics)
    {
        string root;
        string? configPath;
        if (configFile is not null)
        {
            configPath = env.FullPath(configFile);
            if (!File.Exists(configPath))
            {
                diagnostics.Error("SG4006", configFile, 0, 0, "The configuration file does not exist.", "Pass the path of an existing sitegen.yml.");
                return null;
            }
            root = Path.GetDirectoryName(configPath)!;
        }
        else
        {
            root = env.WorkingDirectory;
            configPath = Path.Combine(root, SiteConfigReader.FileName);
            if (!File.Exists(configPath)) configPath = null;
        }

        var options = SiteOptions.ForRoot(root);
        if (configPath is null) return options;
        var display = Path.GetRelativePath(env.WorkingDirectory, configPath).Replace('\\', '/');
        var config = SiteConfigReader.Read(File.ReadAllText(configPath), display, diagnostics);
        return config.ApplyTo(options);
    }
}
