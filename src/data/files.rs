//! Files as rota meets them on a user's machine, where a path may name a named pipe, a device or a
//! huge file: rota reads only regular files, and checks their size before reading.

use std::io::Read as _;
use std::path::Path;

/// What a path names, when it is not a regular file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Directory,
    /// A named pipe (FIFO): reading it waits for a writer, perhaps forever.
    Pipe,
    /// A character device (`/dev/null`, `/dev/zero`, a terminal).
    CharDevice,
    BlockDevice,
    Socket,
    Other,
}

impl Kind {
    fn of(file_type: std::fs::FileType) -> Option<Self> {
        if file_type.is_file() {
            return None;
        }
        if file_type.is_dir() {
            return Some(Self::Directory);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt as _;
            if file_type.is_fifo() {
                return Some(Self::Pipe);
            }
            if file_type.is_char_device() {
                return Some(Self::CharDevice);
            }
            if file_type.is_block_device() {
                return Some(Self::BlockDevice);
            }
            if file_type.is_socket() {
                return Some(Self::Socket);
            }
        }
        Some(Self::Other)
    }

    /// "a named pipe (FIFO)", as a message says what a path is.
    #[must_use]
    pub fn describe(self) -> &'static str {
        match self {
            Self::Directory => "a directory",
            Self::Pipe => "a named pipe (FIFO)",
            Self::CharDevice => "a device",
            Self::BlockDevice => "a block device",
            Self::Socket => "a socket",
            Self::Other => "not a regular file",
        }
    }
}

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// Not a regular file: nothing was read from it.
    NotRegular(Kind),
    /// Larger than the limit (its size, as far as it was learnt): not read whole.
    TooLarge(u64),
    /// Missing, unreadable, or failing while read.
    Io(std::io::Error),
}

impl From<std::io::Error> for ReadError {
    fn from(e: std::io::Error) -> Self {
        Self::Io(e)
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotRegular(Kind::Other) => write!(f, "it is not a regular file"),
            Self::NotRegular(kind) => write!(f, "it is {}, not a regular file", kind.describe()),
            Self::TooLarge(bytes) => write!(f, "it is too large ({bytes} bytes)"),
            Self::Io(e) => write!(f, "{e}"),
        }
    }
}

/// Opens `path` for reading without waiting: a named pipe with no writer, or a terminal, would
/// otherwise hold `open` itself.
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    options.open(path)
}

/// Reads a regular file of at most `limit` bytes. Anything else (a directory, a named pipe, a
/// device, a socket) is refused by its type, before it is opened and again once open (it may have
/// been swapped in between); a larger file is refused by its size, and never more than
/// `limit + 1` bytes are read, should it grow while read.
///
/// # Errors
/// What the path is when it is not a regular file, its size when it is too large, or the I/O
/// error (missing, no permission).
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    // Refused by what the path names before anything is opened (opening some devices acts)...
    if let Some(kind) = Kind::of(std::fs::metadata(path)?.file_type()) {
        return Err(ReadError::NotRegular(kind));
    }
    // ...and by what was opened, which is what is read.
    let file = open_without_blocking(path)?;
    let meta = file.metadata()?;
    if let Some(kind) = Kind::of(meta.file_type()) {
        return Err(ReadError::NotRegular(kind));
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge(meta.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}
