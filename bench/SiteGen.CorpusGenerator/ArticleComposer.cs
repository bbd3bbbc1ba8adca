namespace SiteGen.CorpusGenerator;

/// <summary>
/// Composes article k: it reports one story (shared with other articles, so events merge), written some days
/// after it (or before, as a preview), with reactions, background from older stories, plans and filler until
/// the word budget is spent. Article k depends only on the seed, k and the story count.
/// </summary>
public sealed class ArticleComposer(GeneratorOptions options)
{
    // About five reports per story: enough for merging to matter, few enough that stories stay distinct.
    private readonly int _storyCount = Math.Max(8, options.Count / 5);

    public ComposedArticle Compose(int index)
    {
        var random = DeterministicRandom.For(options.Seed, 2, index);
        var dates = new DateExpressionWriter(random);
        var bank = new SentenceBank(random, dates);
        var story = Story.Create(options.Seed, random.Next(_storyCount));
        var offset = random.Chance(0.15) ? -random.Next(1, 12) : Math.Min(random.Next(0, 4), random.Next(0, 21));
        var published = story.Date.AddDays(offset);
        var time = new TimeOnly(random.Next(6, 23), random.Next(60));

        var paragraphs = new List<string> { DutchCalendar.Capitalize(story.Sentence(random, dates.Write(published, story.Date))) + " " + bank.Reaction(published) };
        var words = CountWords(paragraphs[0]);
        while (words < options.Words)
        {
            var paragraph = random.Chance(0.12) && paragraphs.Count > 1
                ? Subheading(random, story)
                : string.Join(' ', Enumerable.Range(0, random.Next(2, 5)).Select(_ => NextSentence(random, bank, story, published)));
            paragraphs.Add(paragraph);
            words += CountWords(paragraph);
        }

        return new ComposedArticle(
            index,
            story.Headline(random),
            published.ToDateTime(time),
            random.Pick(Gazetteer.Sources),
            random.Pick(Gazetteer.Sections),
            random.Sample(Gazetteer.Tags, random.Next(1, 4)),
            paragraphs,
            random.Chance(options.PlainShare));
    }

    private string NextSentence(DeterministicRandom random, SentenceBank bank, Story story, DateOnly published)
    {
        switch (random.Next(10))
        {
            case 0 or 1:
                return bank.Reaction(published);
            case 2 or 3:
                var older = Story.Create(options.Seed, random.Next(_storyCount));
                return older.Date < published ? bank.Background(older, published) : bank.Filler();
            case 4:
                return bank.Plan(published);
            case 5:
                return bank.Duration();
            case 6:
                return DutchCalendar.Capitalize(story.Sentence(random, new DateExpressionWriter(random).Write(published, story.Date)));
            default:
                return bank.Filler();
        }
    }

    private static string Subheading(DeterministicRandom random, Story story) =>
        random.Pick(["Reacties", "Achtergrond", "Kritiek", "Hoe nu verder", $"Gevolgen voor {story.Place}"]);

    private static int CountWords(string text) => text.Count(c => c == ' ') + 1;
}
