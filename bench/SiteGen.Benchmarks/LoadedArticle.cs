using SiteGen.Temporal;

namespace SiteGen.Benchmarks;

/// <summary>
/// An article as the loader hands it to the tagger: a Markdown file's front matter blanked out (offsets stay those
/// of the file) and its <c>date:</c> given as the document date; a plain-text file as it is, its date left to the tagger.
/// </summary>
public sealed record LoadedArticle(string Text, DocumentDate? Date)
{
    public static LoadedArticle Of(string file)
    {
        if (!file.StartsWith("---\n", StringComparison.Ordinal)) return new(file, null);
        var end = file.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0) return new(file, null);
        var bodyStart = end + 5;
        DocumentDate? date = null;
        foreach (var line in file[..end].Split('\n'))
            if (line.StartsWith("date: ", StringComparison.Ordinal) && line.Length >= 16)
                date = new DocumentDate(line[6..16], false, "front matter");
        var chars = file.ToCharArray();
        for (var i = 0; i < bodyStart; i++) if (chars[i] is not ('\r' or '\n')) chars[i] = ' ';
        return new(new string(chars), date);
    }
}
