using SiteGen.Articles;
using SiteGen.Diagnostics;
using SiteGen.Temporal;

namespace SiteGen.Tests.Loading;

/// <summary>The repository's seed articles, found by walking up from the test binaries to the folder with SiteGen.sln.</summary>
internal static class Seeds
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Folder => Path.Combine(RepositoryRoot, "seeds");

    // One loader for all tests: the tagger's rules load once, and the loader is safe to share between threads.
    private static readonly Lazy<ArticleLoader> Shared = new(() => new ArticleLoader(TemporalTagger.Create("nl"), "nl"));

    public static ArticleLoader Loader() => Shared.Value;

    public static Article Load(string prefix)
    {
        var file = Directory.GetFiles(Folder).Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));
        var bag = new DiagnosticBag();
        return Loader().LoadFile(file, Path.GetFileName(file), bag) ?? throw new InvalidOperationException($"{prefix} not loaded");
    }

    public static string TextOf(Article article, SiteGen.Cleaning.Paragraph p) => article.Source.Text[p.Start..p.End];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("No SiteGen.sln above " + AppContext.BaseDirectory);
    }
}
