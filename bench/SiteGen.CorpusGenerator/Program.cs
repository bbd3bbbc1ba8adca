using SiteGen.CorpusGenerator;

// Usage: SiteGen.CorpusGenerator N DIR [--seed S] [--words W] [--plain-share P]
if (!GeneratorOptions.TryParse(args, out var options, out var error))
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine("usage: SiteGen.CorpusGenerator N DIR [--seed S] [--words W] [--plain-share 0.15]");
    return 2;
}

var written = new CorpusWriter(options).Write();
Console.WriteLine($"wrote {written} articles to {options.OutputDirectory} (seed {options.Seed})");
return 0;
