using System.Text.RegularExpressions;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Output;

/// <summary>
/// Decides, before anything is read or written, whether the output folder may be replaced: only a path that does not
/// exist, an empty folder, or a folder SiteGen wrote (its <see cref="SiteManifest"/>, or a last-build record listing
/// exactly its files). It refuses an output that is the input, contains the input, the site root, the templates or
/// wwwroot, lies inside the input, templates or wwwroot, is a link, or holds files SiteGen did not write: publishing
/// replaces the folder whole, and nothing SiteGen did not write may be deleted. Paths are compared as they really are,
/// links resolved, so <c>--output seeds/../seeds</c> or a link into the input is seen for what it is.
/// </summary>
public static partial class OutputGuard
{
    /// <summary>The refusal (exit 64), or null when the output may be written. <paramref name="recorded"/>: the file lists of the site root's last-build records.</summary>
    public static Diagnostic? Check(SiteOptions options, IEnumerable<IReadOnlyList<string>> recorded)
    {
        var display = options.Relative(options.Output);
        var output = Real(options.Output);
        Diagnostic Refuse(string code, string message, string fix) => new(Severity.Error, code, display, 0, 0, message, fix);

        foreach (var (folder, name) in new[] { (options.Input, "input folder"), (options.Templates, "templates folder"), (options.Wwwroot, "wwwroot folder") })
        {
            var real = Real(folder);
            var shown = options.Relative(folder);
            if (Same(output, real))
                return Refuse("SG4007", $"The output folder is the {name} ('{shown}'); publishing the site would replace what is in it.",
                    "Pass an --output folder of its own, beside the input, e.g. --output _site.");
            if (RealPath.IsWithin(real, output))
                return Refuse("SG4007", $"The output folder contains the {name} ('{shown}'); publishing the site would replace it.",
                    "Pass an --output folder of its own, beside the input, e.g. --output _site.");
            if (RealPath.IsWithin(output, real))
                return Refuse("SG4007", $"The output folder lies inside the {name} ('{shown}'); the next build would read the site's own files.",
                    $"Pass an --output folder outside the {name}, e.g. --output _site.");
        }
        if (RealPath.IsWithin(Real(options.SiteRoot), output))
            return Refuse("SG4007", "The output folder is the site root or contains it (sitegen.yml, the cache, the project); publishing the site would replace them.",
                "Pass an --output folder of its own inside the site root, e.g. --output _site.");

        var full = Path.GetFullPath(options.Output);
        if (new DirectoryInfo(full) is { Exists: true, LinkTarget: { } target })
            return Refuse("SG4008", $"The output folder is a link (to '{target}'); publishing replaces the folder whole, and would replace the link.",
                "Pass the folder the link points to as --output.");
        if (!Directory.Exists(full)) return null;

        // Links, pipes and unreadable entries are never SiteGen's: the walk names them instead of listing them.
        var odd = new DiagnosticBag();
        var present = FolderWalker.Walk(full, odd, _ => true, skipHidden: false).Files
            .Select(f => f.RelativePath).Where(p => !LeftoverOfOldBuild().IsMatch(p)).ToList();
        if (present.Count == 0 && !Directory.EnumerateFileSystemEntries(full).Any()) return null;
        if (SiteManifest.Read(full) is { } manifest)
        {
            var foreign = present.Where(p => p != SiteManifest.FileName && !manifest.ContainsKey(p))
                .Concat(odd.Sorted.Select(d => d.File.TrimEnd('/'))).Distinct().Order(StringComparer.Ordinal).ToList();
            if (foreign.Count == 0) return null;
            return Refuse("SG4008", $"The output folder holds {foreign.Count} {(foreign.Count == 1 ? "file" : "files")} SiteGen did not write ({string.Join(", ", foreign.Take(3))}{(foreign.Count > 3 ? ", …" : "")}); publishing would delete {(foreign.Count == 1 ? "it" : "them")}.",
                "Move them out of the output folder (files the site should publish belong in wwwroot/), or pass another --output.");
        }
        if (odd.Sorted.Count == 0 && recorded.Any(files => files.Order(StringComparer.Ordinal).SequenceEqual(present.Order(StringComparer.Ordinal))))
            return null;
        return Refuse("SG4008", $"The output folder is not empty and was not written by SiteGen (it has no {SiteManifest.FileName}); SiteGen replaces only folders it wrote.",
            "Pass a new or empty folder with --output, or empty this one yourself if nothing in it is needed.");
    }

    // A page written under a temporary name by a build of SiteGen before 0.2 and left by a kill: SiteGen's own.
    [GeneratedRegex(@"\.tmp-[0-9a-f]{32}$")]
    private static partial Regex LeftoverOfOldBuild();

    /// <summary>The real path of a path that may not exist yet: its nearest existing folder resolved, the rest appended.</summary>
    private static string Real(string path)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        var rest = new Stack<string>();
        for (var at = full; ; at = Path.GetDirectoryName(at)!)
        {
            if (RealPath.Of(at) is { } real) return Path.Combine([real, .. rest]);
            if (Path.GetDirectoryName(at) is null) return full;
            rest.Push(Path.GetFileName(at));
        }
    }

    private static bool Same(string a, string b) => string.Equals(a.TrimEnd(Path.DirectorySeparatorChar), b.TrimEnd(Path.DirectorySeparatorChar), RealPath.Comparison);
}
