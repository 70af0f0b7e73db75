namespace Quarry.Lexical.Analysis.Stemming;

/// <summary>
/// The Porter (1980) stemmer as Lucene's PorterStemmer implements it (Porter's own "release 3" code): suffix steps 1ab, 1c,
/// 2, 3, 4 and 5ab, with Porter's later departures from the paper ("-logi" to "-log", "-bli" to "-ble"). Words of one or
/// two chars are left alone; any char other than a, e, i, o, u (and y after a consonant) counts as a consonant.
/// </summary>
public static partial class PorterStemmer
{
    /// <summary>Stems <paramref name="word"/> in place and returns the stem's length.</summary>
    public static int Stem(Span<char> word)
    {
        if (word.Length <= 2)
        {
            return word.Length;
        }

        var state = new Word(word);
        state.Step1ab();
        state.Step1c();
        state.Step2();
        state.Step3();
        state.Step4();
        state.Step5();
        return state.End + 1;
    }

    /// <summary>The stem of <paramref name="word"/>.</summary>
    public static string Stem(string word)
    {
        char[] buffer = word.ToCharArray();
        return new string(buffer, 0, Stem(buffer));
    }
}
