namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>
/// tests/SiteGen.BrowserTests/artifacts/ (git-ignored): screenshots and measurements for a person to look at.
/// Found by walking up from the test binaries to the project file; falls back to the output folder.
/// </summary>
public static class Artifacts
{
    public static string Directory { get; } = Locate();

    public static string PathFor(string fileName)
    {
        System.IO.Directory.CreateDirectory(Directory);
        return Path.Combine(Directory, fileName);
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.BrowserTests.csproj")))
                return Path.Combine(dir.FullName, "artifacts");
        }
        return Path.Combine(AppContext.BaseDirectory, "artifacts");
    }
}
