using System.Text;

namespace SiteGen.Benchmarks;

/// <summary>Builds a deterministic corpus of ~4 KB articles from the seed sentences.</summary>
public static class CorpusBuilder
{
    public static List<string> Build(int totalChars)
    {
        var sentences = SeedSentences();
        var random = new Random(20260101);
        var articles = new List<string>();
        var total = 0;
        while (total < totalChars)
        {
            var sb = new StringBuilder(" date 2022-02 ");
            while (sb.Length < 4000)
            {
                sb.Append(sentences[random.Next(sentences.Count)]);
                sb.Append(random.Next(6) == 0 ? "\n\n" : " ");
            }
            articles.Add(sb.ToString());
            total += sb.Length;
        }
        return articles;
    }

    private static List<string> SeedSentences()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
        return Directory.GetFiles(Path.Combine(dir.FullName, "seeds")).Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries))
            .Select(s => s.Trim()).Where(s => s.Length > 20).Select(s => s + ".").ToList();
    }
}
