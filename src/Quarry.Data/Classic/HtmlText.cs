using System.Net;
using System.Text;

namespace Quarry.Data.Classic;

/// <summary>
/// Visible text of a simple HTML page, as JSoup's text() gives it for CACM's `&lt;html&gt;&lt;pre&gt;` files: tags dropped
/// (a '&lt;' starts a tag only before a letter, '/', '!' or '?', as in HTML5), character references decoded.
/// </summary>
public static class HtmlText
{
    public static string Extract(string html)
    {
        var sb = new StringBuilder(html.Length);
        int i = 0;
        while (i < html.Length)
        {
            char c = html[i];
            if (c == '<' && i + 1 < html.Length && (char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!' or '?'))
            {
                int end = html.IndexOf('>', i + 1);
                if (end < 0)
                {
                    break;
                }

                // A tag separates words, as an element boundary does.
                sb.Append(' ');
                i = end + 1;
                continue;
            }

            sb.Append(c);
            i++;
        }

        return WebUtility.HtmlDecode(sb.ToString()).Trim();
    }
}
