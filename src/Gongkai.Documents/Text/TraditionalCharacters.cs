namespace Gongkai.Documents.Text;

/// <summary>
/// Traditional characters read as their simplified forms. Reports are published in simplified characters, but the
/// same pages reach readers converted character by character to traditional ones ("行政規范性文件", "本年收費金額(單位:萬元)":
/// 句容市住建局 2022 as copied by a mirror site), and the template's labels must still be found.
/// The table (<c>TraditionalCharacters.txt</c>) holds only characters simplified text does not use, save in names.
/// </summary>
internal static class TraditionalCharacters
{
    private const char First = '\u3400';
    private const char Last = '\u9FFF';

    private static readonly char[] Simplified = Load();

    /// <summary>
    /// Whether the text is written in traditional characters: at least one ideograph in twenty has a simplified form
    /// here. A simplified report holds a few such characters only in names (沈阳市瀋河区 keeps 瀋), which must stay.
    /// </summary>
    public static bool IsTraditional(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ideographs = 0;
        var traditional = 0;
        foreach (var ch in text)
        {
            if (ch is >= First and <= Last)
            {
                ideographs++;
                if (Simplified[ch - First] != '\0')
                {
                    traditional++;
                }
            }
        }

        return traditional >= 10 && traditional * 20 >= ideographs;
    }

    /// <summary>The simplified form of <paramref name="ch"/>, or <paramref name="ch"/> itself.</summary>
    public static char ToSimplified(char ch)
    {
        if (ch is < First or > Last)
        {
            return ch;
        }

        var s = Simplified[ch - First];
        return s == '\0' ? ch : s;
    }

    private static char[] Load()
    {
        var table = new char[Last - First + 1];
        using var stream = typeof(TraditionalCharacters).Assembly.GetManifestResourceStream("Gongkai.Documents.Text.TraditionalCharacters.txt")
            ?? throw new InvalidOperationException("Missing resource TraditionalCharacters.txt.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 2 && line[0] is >= First and <= Last)
            {
                table[line[0] - First] = line[1];
            }
        }

        return table;
    }
}
