namespace OpenApiCodegen.Cli.Parity;

/// <summary>Whole-string matching where <c>*</c> stands for any run of characters (none included).</summary>
public static class Glob
{
    public static bool IsMatch(string pattern, string text)
    {
        // Classic two-pointer wildcard matching: remember the last star and retry from one character further.
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (p < pattern.Length && pattern[p] == text[t])
            {
                p++;
                t++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
