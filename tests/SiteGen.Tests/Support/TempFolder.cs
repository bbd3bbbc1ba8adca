namespace SiteGen.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitegen-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string Write(string relative, string text)
    {
        var full = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>Copies a folder (templates, wwwroot, seeds) here so a test can change its copy.</summary>
    public string CopyFrom(string source, string name)
    {
        var target = Combine(name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return target;
    }

    /// <summary>A site root in <paramref name="folder"/> (here by default): the seeds as <paramref name="input"/>, templates and wwwroot.</summary>
    public string CopySite(string folder = "", string input = "seeds")
    {
        CopyFrom(Repo.Seeds, System.IO.Path.Combine(folder, input));
        CopyFrom(Repo.Templates, System.IO.Path.Combine(folder, "templates"));
        CopyFrom(Repo.Wwwroot, System.IO.Path.Combine(folder, "wwwroot"));
        return Combine(folder);
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
