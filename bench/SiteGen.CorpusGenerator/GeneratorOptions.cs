using System.Globalization;

namespace SiteGen.CorpusGenerator;

/// <summary>What to generate. The same options always give byte-identical files.</summary>
public sealed record GeneratorOptions(int Count, string OutputDirectory, ulong Seed = 20240204, int Words = 600, double PlainShare = 0.15)
{
    public static bool TryParse(string[] args, out GeneratorOptions options, out string error)
    {
        options = new GeneratorOptions(0, "");
        error = "";
        var positional = new List<string>();
        ulong seed = 20240204;
        int words = 600;
        double plain = 0.15;
        for (var i = 0; i < args.Length; i++)
        {
            var takesValue = args[i] is "--seed" or "--words" or "--plain-share";
            if (takesValue && i + 1 >= args.Length)
            {
                error = $"{args[i]} needs a value";
                return false;
            }

            var ok = args[i] switch
            {
                "--seed" => ulong.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out seed),
                "--words" => int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out words) && words > 0,
                "--plain-share" => double.TryParse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture, out plain) && plain is >= 0 and <= 1,
                _ => Add(positional, args[i]),
            };
            if (!ok)
            {
                error = $"invalid value for {args[i - 1]}: {args[i]}";
                return false;
            }
        }

        if (positional.Count != 2 || !int.TryParse(positional[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            error = "expected N (a non-negative number of articles) and an output folder";
            return false;
        }

        options = new GeneratorOptions(count, positional[1], seed, words, plain);
        return true;
    }

    private static bool Add(List<string> list, string value)
    {
        list.Add(value);
        return !value.StartsWith("--", StringComparison.Ordinal);
    }
}
