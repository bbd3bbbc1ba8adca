using System.Text;

namespace SiteGen.CorpusGenerator;

/// <summary>Writes the whole corpus: UTF-8 without BOM, LF endings, one file per article.</summary>
public sealed class CorpusWriter(GeneratorOptions options)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public int Write()
    {
        Directory.CreateDirectory(options.OutputDirectory);
        var composer = new ArticleComposer(options);
        // Articles are independent, so both cores can write; each one's bytes depend only on its index.
        Parallel.For(0, options.Count, index =>
        {
            var article = composer.Compose(index);
            var (name, text) = ArticleFormatter.Format(article, DeterministicRandom.For(options.Seed, 3, index));
            File.WriteAllText(Path.Combine(options.OutputDirectory, name), text, Utf8);
        });
        return options.Count;
    }
}
