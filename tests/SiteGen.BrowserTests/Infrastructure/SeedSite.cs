namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>
/// Produces the site the browser tests look at. Until the site builder lands this is a static page written to the
/// markup contract in wwwroot/js/timeline.js, plus the site's real wwwroot files.
/// </summary>
public static class SeedSite
{
    public const string BasePath = "/repo/";

    public static BuiltSite Build(string outputDir)
    {
        var testData = Path.Combine(AppContext.BaseDirectory, "TestData");
        CopyTree(Path.Combine(testData, "site"), outputDir);
        CopyTree(Path.Combine(AppContext.BaseDirectory, "wwwroot"), outputDir);
        var ids = File.ReadAllLines(Path.Combine(testData, "static-event-ids.txt")).Where(l => l.Length > 0).ToList();
        return new BuiltSite(outputDir, BasePath, ids, "artikelen/bnr-artikel/", "actoren/poetin/");
    }

    public static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
