namespace Ressourcerie.Analytics.Interviews.Pseudonymization;

/// <summary>How the number of a pseudonym ("Régisseur·e 3") is chosen.</summary>
public enum PseudonymNumbering
{
    /// <summary>
    /// The default: 1, 2, 3… per role, in the order respondents were first interviewed (date, then
    /// interview id). Short and readable, but an interview added earlier in time renumbers the later ones.
    /// </summary>
    Chronological,

    /// <summary>
    /// A four-digit number drawn from a salted hash of the respondent's name (HMAC-SHA256): adding
    /// interviews never renumbers others, and without the salt nobody can recompute it from a name.
    /// </summary>
    SaltedHash,
}
