namespace Quarry.Lexical.Analysis.Stemming;

/// <summary>The word being stemmed and the algorithm's steps.</summary>
public static partial class PorterStemmer
{
    /// <summary>
    /// b[0..End] is the current word; a successful <see cref="EndsWith"/> sets <see cref="_stemEnd"/> to the last index
    /// before the suffix, and the measure is taken over b[0.._stemEnd].
    /// </summary>
    internal ref struct Word(Span<char> b)
    {
        private readonly Span<char> _b = b;
        private int _stemEnd;

        public int End { get; private set; } = b.Length - 1;

        /// <summary>The word as the steps so far have left it.</summary>
        public readonly ReadOnlySpan<char> Current => _b[..(End + 1)];

        /// <summary>The measure m of the whole current word: [C](VC){m}[V].</summary>
        public int MeasureOfWord()
        {
            _stemEnd = End;
            return Measure();
        }

        /// <summary>Plurals and -ed / -ing: caresses to caress, ponies to poni, agreed to agree, hopping to hop.</summary>
        public void Step1ab()
        {
            if (_b[End] == 's')
            {
                if (EndsWith("sses"))
                {
                    End -= 2;
                }
                else if (EndsWith("ies"))
                {
                    SetTo("i");
                }
                else if (_b[End - 1] != 's')
                {
                    End--;
                }
            }

            if (EndsWith("eed"))
            {
                if (Measure() > 0)
                {
                    End--;
                }
            }
            else if ((EndsWith("ed") || EndsWith("ing")) && VowelInStem())
            {
                End = _stemEnd;
                if (EndsWith("at"))
                {
                    SetTo("ate");
                }
                else if (EndsWith("bl"))
                {
                    SetTo("ble");
                }
                else if (EndsWith("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleConsonant(End))
                {
                    char last = _b[End];
                    if (last is not ('l' or 's' or 'z'))
                    {
                        End--;
                    }
                }
                else if (Measure() == 1 && ConsonantVowelConsonant(End))
                {
                    SetTo("e");
                }
            }
        }

        /// <summary>Terminal y to i when the stem has a vowel.</summary>
        public void Step1c()
        {
            if (EndsWith("y") && VowelInStem())
            {
                _b[End] = 'i';
            }
        }

        /// <summary>Double suffixes to single ones (-ization to -ize, -ational to -ate) when the measure is positive.</summary>
        public void Step2()
        {
            if (End == 0)
            {
                return;
            }

            _ = _b[End - 1] switch
            {
                'a' => Replace("ational", "ate") || Replace("tional", "tion"),
                'c' => Replace("enci", "ence") || Replace("anci", "ance"),
                'e' => Replace("izer", "ize"),
                'l' => Replace("bli", "ble") || Replace("alli", "al") || Replace("entli", "ent") || Replace("eli", "e") || Replace("ousli", "ous"),
                'o' => Replace("ization", "ize") || Replace("ation", "ate") || Replace("ator", "ate"),
                's' => Replace("alism", "al") || Replace("iveness", "ive") || Replace("fulness", "ful") || Replace("ousness", "ous"),
                't' => Replace("aliti", "al") || Replace("iviti", "ive") || Replace("biliti", "ble"),
                'g' => Replace("logi", "log"),
                _ => false,
            };
        }

        /// <summary>-ic-, -full, -ness and the like.</summary>
        public void Step3()
        {
            _ = _b[End] switch
            {
                'e' => Replace("icate", "ic") || Replace("ative", "") || Replace("alize", "al"),
                'i' => Replace("iciti", "ic"),
                'l' => Replace("ical", "ic") || Replace("ful", ""),
                's' => Replace("ness", ""),
                _ => false,
            };
        }

        /// <summary>-ant, -ence and the like, in context &lt;c&gt;vcvc&lt;v&gt; (measure above 1).</summary>
        public void Step4()
        {
            if (End == 0)
            {
                return;
            }

            bool found = _b[End - 1] switch
            {
                'a' => EndsWith("al"),
                'c' => EndsWith("ance") || EndsWith("ence"),
                'e' => EndsWith("er"),
                'i' => EndsWith("ic"),
                'l' => EndsWith("able") || EndsWith("ible"),
                'n' => EndsWith("ant") || EndsWith("ement") || EndsWith("ment") || EndsWith("ent"),
                'o' => (EndsWith("ion") && _stemEnd >= 0 && _b[_stemEnd] is 's' or 't') || EndsWith("ou"),
                's' => EndsWith("ism"),
                't' => EndsWith("ate") || EndsWith("iti"),
                'u' => EndsWith("ous"),
                'v' => EndsWith("ive"),
                'z' => EndsWith("ize"),
                _ => false,
            };
            if (found && Measure() > 1)
            {
                End = _stemEnd;
            }
        }

        /// <summary>Removes a final -e when the measure allows, and -ll to -l when the measure is above 1.</summary>
        public void Step5()
        {
            _stemEnd = End;
            if (_b[End] == 'e')
            {
                int m = Measure();
                if (m > 1 || (m == 1 && !ConsonantVowelConsonant(End - 1)))
                {
                    End--;
                }
            }

            if (_b[End] == 'l' && DoubleConsonant(End) && Measure() > 1)
            {
                End--;
            }
        }

        /// <summary>If the word ends with <paramref name="suffix"/>, replaces it when the measure is positive; true when it ended so.</summary>
        private bool Replace(string suffix, string replacement)
        {
            if (!EndsWith(suffix))
            {
                return false;
            }

            if (Measure() > 0)
            {
                SetTo(replacement);
            }

            return true;
        }

        private readonly bool IsConsonant(int i)
        {
            // y is a consonant at the start or after a vowel; walk back over y's until the answer is known.
            bool flip = false;
            while (true)
            {
                switch (_b[i])
                {
                    case 'a' or 'e' or 'i' or 'o' or 'u':
                        return flip;
                    case 'y' when i > 0:
                        flip = !flip;
                        i--;
                        break;
                    default:
                        return !flip;
                }
            }
        }

        /// <summary>The number of vowel-consonant sequences in b[0.._stemEnd].</summary>
        private readonly int Measure()
        {
            int n = 0;
            int i = 0;
            bool previousVowel = false;
            for (; i <= _stemEnd; i++)
            {
                bool consonant = IsConsonant(i);
                if (consonant && previousVowel)
                {
                    n++;
                }

                previousVowel = !consonant;
            }

            return n;
        }

        private readonly bool VowelInStem()
        {
            for (int i = 0; i <= _stemEnd; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private readonly bool DoubleConsonant(int i) => i >= 1 && _b[i] == _b[i - 1] && IsConsonant(i);

        /// <summary>b[i-2..i] is consonant-vowel-consonant and b[i] is not w, x or y (cav(e), hop(e); not snow, box).</summary>
        private readonly bool ConsonantVowelConsonant(int i) =>
            i >= 2 && IsConsonant(i) && !IsConsonant(i - 1) && IsConsonant(i - 2)
            && _b[i] is not ('w' or 'x' or 'y');

        private bool EndsWith(string suffix)
        {
            int start = End - suffix.Length + 1;
            if (start < 0 || !_b.Slice(start, suffix.Length).SequenceEqual(suffix.AsSpan()))
            {
                return false;
            }

            _stemEnd = End - suffix.Length;
            return true;
        }

        private void SetTo(string replacement)
        {
            replacement.AsSpan().CopyTo(_b[(_stemEnd + 1)..]);
            End = _stemEnd + replacement.Length;
        }
    }
}
