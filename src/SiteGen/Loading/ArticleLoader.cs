using System.Security.Cryptography;
using System.Text;
using SiteGen.Cleaning;
using SiteGen.Dating;
using SiteGen.Diagnostics;
using SiteGen.Temporal;

namespace SiteGen.Loading;

/// <summary>
/// Loads every article under an input folder: decode → front matter → clean → title → slug → tag dates.
/// Content problems become diagnostics; a file that cannot be used is skipped and named, never lost silently.
/// Articles come back in a stable order (by relative path, ordinal) with slugs unique across the folder.
/// </summary>
public sealed class ArticleLoader(Lazy<TemporalTagger> tagger, string language = "nl")
{
    public ArticleLoader(TemporalTagger tagger, string language = "nl") : this(new Lazy<TemporalTagger>(tagger), language) { }

    /// <summary>News articles are kilobytes; anything past 1 MB is skipped with a warning so hostile input stays cheap (the tagger needs seconds per megabyte).</summary>
    public const int DefaultMaxFileBytes = 1024 * 1024;

    private readonly TextCleaner _cleaner = TextCleaner.ForLanguage(language);
    private readonly TitleFinder _titles = TitleFinder.ForLanguage(language);
    private readonly FrontMatterReader _frontMatter = new();

    /// <summary>Created on first use: a build whose articles all come from the cache never compiles the language's rules.</summary>
    public TemporalTagger Tagger => tagger.Value;

    public string Language { get; } = language;

    public int MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    public IReadOnlyList<Article> LoadFolder(string inputDirectory, DiagnosticBag diagnostics)
    {
        var articles = new List<Article>();
        foreach (var (fullPath, relativePath) in InputScanner.Scan(inputDirectory, diagnostics))
            if (LoadFile(fullPath, relativePath, diagnostics) is { } article) articles.Add(article);
        return WithUniqueSlugs(WithUniqueIds(articles), diagnostics);
    }

    /// <summary>One file; its slug is not yet unique across the site (see <see cref="WithUniqueSlugs"/>).</summary>
    public Article? LoadFile(string path, string relativePath, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes) return TooLarge(relativePath, length, diagnostics);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("SG0107", relativePath, 0, 0, $"The file cannot be read ({e.Message.TrimEnd('.')}).",
                "Check that the file exists and is readable.");
            return null;
        }
        return LoadBytes(bytes, relativePath, diagnostics);
    }

    public Article? LoadBytes(byte[] bytes, string relativePath, DiagnosticBag diagnostics)
    {
        if (bytes.Length > MaxFileBytes) return TooLarge(relativePath, bytes.Length, diagnostics);
        var decoded = TextDecoder.Decode(bytes);
        // A binary file is reported once (SG0103, skipped), not also for its encoding.
        if (decoded.UsedFallback && !decoded.Text.Contains('\0'))
            diagnostics.Add(new Diagnostic(Severity.Info, "SG0104", relativePath, 0, 0,
                "The file is not valid UTF-8; it was read as Windows-1252.", "Save the file as UTF-8 to be sure every character is read as meant."));
        return Build(decoded.Text, Convert.ToHexStringLower(SHA256.HashData(bytes)), relativePath, diagnostics);
    }

    /// <summary>An article from text already decoded (tests, tools); the hash is of its UTF-8 bytes.</summary>
    public Article? LoadText(string text, string relativePath, DiagnosticBag diagnostics)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return bytes.Length > MaxFileBytes
            ? TooLarge(relativePath, bytes.Length, diagnostics)
            : Build(text, Convert.ToHexStringLower(SHA256.HashData(bytes)), relativePath, diagnostics);
    }

    /// <summary>
    /// Ids come from file names, so <c>nieuws.txt</c> and <c>nieuws.md</c>, or <c>2022/nieuws.txt</c> and <c>2023/nieuws.txt</c>,
    /// would share one; later stages key on the id, so clashes get -2, -3, ... in path order (stable across builds).
    /// </summary>
    public static IReadOnlyList<Article> WithUniqueIds(IReadOnlyList<Article> articles)
    {
        var unique = SlugMaker.MakeUnique(articles.Select(a => a.Id).ToList());
        return articles.Select((a, i) => unique[i] == a.Id ? a : a with { Source = a.Source with { Id = unique[i] } }).ToList();
    }

    /// <summary>Makes slugs unique in the given order; a clash is reported as info naming both files.</summary>
    public static IReadOnlyList<Article> WithUniqueSlugs(IReadOnlyList<Article> articles, DiagnosticBag diagnostics)
    {
        var unique = SlugMaker.MakeUnique(articles.Select(a => a.Slug).ToList());
        // The first article with each slug, found once (a scan per clash was quadratic in a large archive).
        var firsts = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in articles) firsts.TryAdd(article.Slug, article);
        var result = new List<Article>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            if (unique[i] != article.Slug)
            {
                var first = firsts[article.Slug];
                diagnostics.Add(new Diagnostic(Severity.Info, "SG0120", article.Source.RelativePath, 0, 0,
                    $"The slug '{article.Slug}' is already used by {first.Source.RelativePath}; this article is published as '{unique[i]}'.",
                    "Give the article a distinct title (front matter 'title:') if the suffix is unwanted."));
                article = article with { Slug = unique[i] };
            }
            result.Add(article);
        }
        return result;
    }

    private Article? Build(string text, string hash, string relativePath, DiagnosticBag diagnostics)
    {
        if (Skipped(text, relativePath, diagnostics)) return null;
        var format = Path.GetExtension(relativePath).ToLowerInvariant() is ".md" or ".markdown" ? ArticleFormat.Markdown : ArticleFormat.PlainText;
        var source = new SourceFile(IdOf(relativePath), relativePath, text, hash);

        var front = format == ArticleFormat.Markdown ? _frontMatter.Read(text, relativePath, diagnostics) : FrontMatterBlock.None;
        var body = _cleaner.Clean(text, front.BodyStart, format, relativePath, diagnostics);
        if (!body.Paragraphs.Any(p => p.Kind != ParagraphKind.Furniture))
        {
            diagnostics.Warning("SG0108", relativePath, 0, 0, "The article has no body text (only front matter or furniture); skipped.",
                "Write the article text below the front matter, or remove the file.");
            return null;
        }

        var meta = front.Meta.Author is null && body.Author is not null ? front.Meta with { Author = body.Author } : front.Meta;
        var title = _titles.Find(text, format, meta, body.Paragraphs, source.Id);
        var paragraphs = body.Paragraphs.ToList();
        if (title.ParagraphIndex is { } i)
            paragraphs[i] = paragraphs[i] with { Kind = ParagraphKind.Furniture, Rule = "title" };

        var known = front.DateValue is { } date ? new DocumentDate(date, false, "front-matter") : null;
        var temporal = Tagger.Analyze(WithoutFrontMatter(text, front.BodyStart), known);
        ReportImpossibleDates(temporal, text, relativePath, diagnostics);
        return new Article(source, format, meta, SlugMaker.ForArticle(title.Title, source.Id), title.Title, paragraphs, temporal);
    }

    // `31 februari 2022` looks like a date but names no day: the text stays as written, undated, and the maintainer
    // hears where it is (a typo in the source, or a date the article quotes wrongly).
    private static void ReportImpossibleDates(TemporalAnalysis temporal, string text, string relativePath, DiagnosticBag diagnostics)
    {
        if (temporal.Problems.Count == 0) return;
        var lines = new LineMap(text);
        foreach (var problem in temporal.Problems)
        {
            var (line, column) = lines.Position(problem.Start);
            diagnostics.Warning("SG0140", relativePath, line, column,
                $"'{problem.Text}' is not a date: {problem.Message}; it is shown as written, without a date.",
                "Correct the day or month in the article if it is a typo.");
        }
    }

    private static bool Skipped(string text, string relativePath, DiagnosticBag diagnostics)
    {
        var (code, message) = text.Length == 0 ? ("SG0101", "The file is empty; skipped.")
            : text.Contains('\0') ? ("SG0103", "The file holds NUL bytes, so it is binary, not text; skipped.")
            : string.IsNullOrWhiteSpace(text) ? ("SG0102", "The file holds only whitespace; skipped.")
            : (null, null);
        if (code is null) return false;
        diagnostics.Warning(code, relativePath, 0, 0, message!, code == "SG0103"
            ? "Remove the file from the input folder, or save it as UTF-8 text."
            : "Write the article in it, or remove the file.");
        return true;
    }

    private Article? TooLarge(string relativePath, long length, DiagnosticBag diagnostics)
    {
        diagnostics.Warning("SG0105", relativePath, 0, 0,
            $"The file is {length / 1024.0 / 1024.0:0.0} MB; articles larger than {MaxFileBytes / 1024.0 / 1024.0:0.#} MB are skipped.",
            "Split it into separate articles, or remove what is not article text.");
        return null;
    }

    // The tagger sees the front matter as spaces (line breaks kept), so its offsets still point into the file
    // and the YAML's own date is not taken for a date in the text.
    private static string WithoutFrontMatter(string text, int bodyStart)
    {
        if (bodyStart == 0) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < bodyStart; i++) if (chars[i] is not ('\r' or '\n')) chars[i] = ' ';
        return new string(chars);
    }

    private static string IdOf(string relativePath) => Path.GetFileNameWithoutExtension(relativePath);
}
