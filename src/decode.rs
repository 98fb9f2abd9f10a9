//! Bytes to text: encoding detection, binary rejection and line-end normalisation.
//!
//! Analysts' files come from everywhere: UTF-8 web copy, Windows-1252 exports, UTF-16
//! files saved by Notepad, EUC-KR and Shift_JIS pages. Decoding is done by `encoding_rs`
//! (the Firefox decoder); the guess for unlabelled legacy bytes comes from `chardetng`
//! (Firefox's detector, which tells cp1252, EUC-KR, Shift_JIS, GBK, cp1251 and KOI8 apart).
//! A BOM always wins; valid UTF-8 is taken as UTF-8 without asking the detector. UTF-16
//! without a BOM is recognised by its pattern of zero bytes, which the detector does not
//! do. Anything with NUL bytes (outside UTF-16), many control characters, or a known binary
//! signature is rejected as not text. CRLF and lone CR become LF, so 1-based line numbers
//! stay those of the original file.

use crate::error::ImportError;
use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// Decoded text and the encoding it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text with LF line ends and no BOM.
    pub text: String,
    /// The encoding's WHATWG name ("UTF-8", "windows-1252", "UTF-16LE", "EUC-KR", …).
    pub encoding: &'static str,
}

/// Known binary file signatures, checked before anything else.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\x1F\x8B", "gzip-compressed data"),
    (b"\x7FELF", "an executable"),
    (b"MZ\x90\x00", "an executable"),
    (b"\xD0\xCF\x11\xE0", "an old Office document"),
    (b"{\\rtf", "an RTF document"),
];

/// Decodes `bytes` into LF-normalised text, or says why it is not an article.
pub fn decode(bytes: &[u8]) -> Result<Decoded, ImportError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return finish(enc, &bytes[bom_len..]);
    }
    if let Some(&(_, what)) = SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)) {
        return Err(ImportError::Binary { what: what.into() });
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        return finish(enc, bytes);
    }
    if memchr_nul(bytes) {
        return Err(ImportError::Binary {
            what: "contains NUL bytes".into(),
        });
    }
    // Binary files show themselves early; counting control bytes in the first 64 KB is
    // enough and keeps large articles cheap.
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    // A branch-free fold, which the compiler vectorises.
    let controls = sample.iter().fold(0usize, |n, &b| {
        n + usize::from(
            b < 0x20 && b != b'\t' && b != b'\n' && b != b'\r' && b != 0x0C && b != 0x1B,
        )
    });
    if controls * 100 > sample.len() {
        return Err(ImportError::Binary {
            what: format!("{controls} control characters"),
        });
    }
    // Valid UTF-8 without NUL bytes is text: no detector, no second validation.
    if let Ok(text) = std::str::from_utf8(bytes) {
        return finish_text(normalize_newlines(text), UTF_8);
    }
    // A page that declares its charset (`<meta charset="windows-1252">`) is taken at its
    // word, as a browser would; otherwise the detector guesses.
    if let Some(enc) = declared_charset(bytes) {
        return finish(enc, bytes);
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, Utf8Detection::Allow);
    finish(enc, bytes)
}

/// The encoding named by a `charset=` in the first 2 KB (HTML `<meta>`), if any.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let rest = &head[at..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
        .unwrap_or(rest.len());
    let enc = Encoding::for_label(&rest[..end])?;
    // A page claiming UTF-8 whose bytes are not UTF-8 is mislabelled: let the detector guess.
    (enc != UTF_8 && enc != UTF_16LE && enc != UTF_16BE).then_some(enc)
}

fn memchr_nul(bytes: &[u8]) -> bool {
    bytes.contains(&0)
}

/// Recognises BOM-less UTF-16 by zero bytes in every other position of ASCII-heavy text.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_zero = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_zero = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    // Mostly-ASCII UTF-16 has one zero in nearly every pair, always on the same side.
    if odd_zero * 10 >= pairs * 7 && even_zero * 20 <= pairs {
        Some(UTF_16LE)
    } else if even_zero * 10 >= pairs * 7 && odd_zero * 20 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Decodes with `enc`, rejecting text with more than a few malformed sequences.
fn finish(enc: &'static Encoding, bytes: &[u8]) -> Result<Decoded, ImportError> {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    if had_errors {
        let bad = text.matches('\u{FFFD}').count();
        // A stray bad byte in a long file is tolerated (shown as U+FFFD); more is not text.
        if bad > 3 && bad * 1000 > text.len() {
            return Err(ImportError::Undecodable {
                encoding: enc.name(),
                bad,
            });
        }
    }
    finish_text(normalize_newlines(&text), enc)
}

/// The last checks on decoded text: no NUL characters, not blank.
fn finish_text(text: String, enc: &'static Encoding) -> Result<Decoded, ImportError> {
    if text.contains('\0') {
        return Err(ImportError::Binary {
            what: "contains NUL characters".into(),
        });
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(Decoded {
        text,
        encoding: enc.name(),
    })
}

/// CRLF and lone CR become LF; nothing else changes.
pub fn normalize_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_and_bom() {
        let d = decode("caf\u{e9} \u{201c}x\u{201d}".as_bytes()).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        let d = decode(b"\xEF\xBB\xBFhello").unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("hello", "UTF-8"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let mut le = vec![0xFF, 0xFE];
        for u in "Seoul, April 25 \u{2014} talks".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&le).unwrap();
        assert_eq!(d.encoding, "UTF-16LE");
        assert_eq!(d.text, "Seoul, April 25 \u{2014} talks");
        let d = decode(&le[2..]).unwrap();
        assert_eq!(d.encoding, "UTF-16LE");
        let be: Vec<u8> = "Plain words here"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        assert_eq!(decode(&be).unwrap().encoding, "UTF-16BE");
    }

    #[test]
    fn legacy_encodings() {
        let cp = b"The minister\x92s \x93plan\x94 costs \x80 5 million \x97 caf\xE9 owners said.";
        let d = decode(cp).unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.contains("\u{201c}plan\u{201d}"));
        let (kr, _, _) = encoding_rs::EUC_KR.encode("북한 김정은 국무위원장과 러시아 블라디미르 푸틴 대통령이 25일 블라디보스토크에서 첫 정상회담을 가졌다.");
        assert_eq!(decode(&kr).unwrap().encoding, "EUC-KR");
    }

    #[test]
    fn declared_charset_wins() {
        let page = b"<html><head><meta charset=\"euc-kr\"><title>x</title></head><body>\xb1\xe8</body></html>";
        assert_eq!(decode(page).unwrap().encoding, "EUC-KR");
        let page =
            b"<meta http-equiv=Content-Type content='text/html; charset=windows-1252'>caf\xe9";
        assert_eq!(decode(page).unwrap().encoding, "windows-1252");
    }

    #[test]
    fn rejects_binary_and_empty() {
        assert!(matches!(decode(b""), Err(ImportError::Empty)));
        assert!(matches!(decode(b" \n\r\n "), Err(ImportError::Empty)));
        assert!(matches!(
            decode(b"%PDF-1.7 blah"),
            Err(ImportError::Binary { .. })
        ));
        assert!(matches!(
            decode(b"abc\0\x01\x02def"),
            Err(ImportError::Binary { .. })
        ));
        assert!(matches!(
            decode(&[1u8, 2, 3, 4, 5, 6, 7, 8, 65, 66]),
            Err(ImportError::Binary { .. })
        ));
    }

    #[test]
    fn newlines() {
        assert_eq!(normalize_newlines("a\r\nb\rc\n\r\nd"), "a\nb\nc\n\nd");
        assert_eq!(decode(b"a\r\nb").unwrap().text, "a\nb");
    }
}
