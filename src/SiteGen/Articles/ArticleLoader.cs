using SiteGen.Cleaning;
using SiteGen.Dating;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Progress;
using SiteGen.Reuse;
using SiteGen.Temporal;

namespace SiteGen.Articles;

/// <summary>
/// The per-article stages in order — load (<see cref="ArticleReader"/>), clean (<see cref="ArticleCleaner"/>), tag
/// dates (<see cref="DateTagger"/>) — for every article file under the input folder, file by file on every core.
/// A file whose result an earlier build made is taken through <see cref="Reuse"/>. Articles come back in path order
/// (ordinal) with ids and slugs made unique across the folder (<see cref="ArticleNames"/>); the result does not
/// depend on the number of threads.
/// </summary>
public sealed class ArticleLoader(Lazy<TemporalTagger> tagger, string language = "nl")
{
    private readonly ArticleReader _reader = new();
    private readonly ArticleCleaner _cleaner = new(language);
    private readonly DateTagger _dater = new(tagger);

    /// <summary>Tags an article's text instead of the tagger (tests give it a tagger that fails).</summary>
    internal Func<string, DocumentDate?, TemporalAnalysis>? Analyzer { init => _dater = new DateTagger(tagger) { Analyzer = value }; }

    public ArticleLoader(TemporalTagger tagger, string language = "nl") : this(new Lazy<TemporalTagger>(tagger), language) { }

    public string Language { get; } = language;

    /// <summary>Made on first use: a build whose articles all come from earlier builds never compiles the date rules.</summary>
    public TemporalTagger Tagger => _dater.Tagger;

    /// <summary>The size past which a file given by path, bytes or text is skipped (files found by the scanner carry their own).</summary>
    public long MaxFileBytes { get; init; } = ArticleFile.DefaultMaxBytes;

    /// <summary>Threads loading files; 1 loads them one after another (same result).</summary>
    public int Parallelism { get; init; } = 1;

    /// <summary>Earlier builds' results, by file.</summary>
    public IReuse<ArticleFile, LoadedArticle> Reuse { get; init; } = NoReuse<ArticleFile, LoadedArticle>.Instance;

    /// <summary>Earlier builds' renamed articles, so a renamed article can stay one object from build to build.</summary>
    public IReuse<ArticleRename, Article> Renames { get; init; } = NoReuse<ArticleRename, Article>.Instance;

    /// <summary>One file through load, clean and tag dates.</summary>
    public LoadedArticle Load(ArticleFile file)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = _reader.Read(file, diagnostics);
        var cleaned = loaded is null ? null : _cleaner.Clean(loaded, diagnostics);
        var article = cleaned is null ? null : Assemble(cleaned, _dater.Tag(cleaned, diagnostics));
        return new LoadedArticle(file.RelativePath, file.ContentHash ?? "", article, diagnostics.Sorted);
    }

    public IReadOnlyList<Article> LoadFolder(string inputDirectory, DiagnosticBag diagnostics, BuildProgress? progress = null) =>
        LoadAll(InputScanner.Scan(inputDirectory, diagnostics), diagnostics, progress);

    /// <summary>Every file, in the order given (path order from <see cref="InputScanner"/>), with ids and slugs made unique.</summary>
    public IReadOnlyList<Article> LoadAll(IReadOnlyList<ArticleFile> files, DiagnosticBag diagnostics, BuildProgress? progress = null)
    {
        var results = new LoadedArticle[files.Count];
        using (var stage = (progress ?? BuildProgress.Silent).Start("load", files.Count))
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Parallelism) }, i =>
            {
                results[i] = Reuse.GetOrMake(files[i], Load);
                files[i].Release();
                stage.Advance();
            });
        Reuse.Commit();
        foreach (var result in results) diagnostics.AddRange(result.Diagnostics);
        var loaded = results.Select(r => r.Article).OfType<Article>().ToList();
        var unique = ArticleNames.WithUniqueSlugs(ArticleNames.WithUniqueIds(loaded), diagnostics);
        // Both steps keep the order: an article that changed is a renamed copy of the one loaded at the same index.
        var named = unique.Select((article, i) => ReferenceEquals(article, loaded[i]) ? article : Renames.GetOrMake(new ArticleRename(loaded[i], article), r => r.Renamed)).ToList();
        Renames.Commit();
        return named;
    }

    /// <summary>
    /// A file named on the command line, by itself (its slug is not made unique against others): read only when it is a
    /// regular file (a pipe would block the read for ever) no larger than <see cref="MaxFileBytes"/>.
    /// </summary>
    public Article? LoadFile(string fullPath, string relativePath, DiagnosticBag diagnostics)
    {
        var kind = FileType.Of(fullPath);
        if (kind != FileKind.Regular)
        {
            diagnostics.Warning("SG0122", relativePath, 0, 0, $"This is {FileType.Describe(kind)}, not a regular file; it is skipped and never opened.",
                "Pass a regular file; only regular files are read.");
            return null;
        }
        var result = Load(new ArticleFile(fullPath, relativePath, maxBytes: MaxFileBytes));
        diagnostics.AddRange(result.Diagnostics);
        return result.Article;
    }

    /// <summary>An article from a file's bytes (tests, tools); a file over the size limit is reported and skipped.</summary>
    public Article? LoadBytes(byte[] bytes, string relativePath, DiagnosticBag diagnostics) =>
        CleanAndTag(_reader.FromBytes(bytes, relativePath, diagnostics, MaxFileBytes), diagnostics);

    /// <summary>An article from text already decoded (tests, tools).</summary>
    public Article? LoadText(string text, string relativePath, DiagnosticBag diagnostics) =>
        CleanAndTag(_reader.FromText(text, relativePath, diagnostics, MaxFileBytes), diagnostics);

    private Article? CleanAndTag(SourceArticle? loaded, DiagnosticBag diagnostics)
    {
        var cleaned = loaded is null ? null : _cleaner.Clean(loaded, diagnostics);
        return cleaned is null ? null : Assemble(cleaned, _dater.Tag(cleaned, diagnostics));
    }

    private static Article Assemble(CleanedArticle cleaned, TemporalAnalysis temporal) =>
        new(cleaned.Source, cleaned.Loaded.Format, cleaned.Meta, cleaned.Slug, cleaned.Title, cleaned.Paragraphs, temporal);
}
