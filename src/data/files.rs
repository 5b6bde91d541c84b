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

/// Saves `bytes` at `path`, by what the path names:
/// - nothing yet, or a regular file: atomically. A temporary file with an unpredictable name is
///   created beside the target (exclusively: a link planted at its name is never followed), written
///   by `write`, flushed to disk and renamed over the target, keeping the target's permissions. A
///   failure or a crash at any point leaves the previous file whole. A link at the target is
///   replaced, not followed.
/// - a device (`/dev/null`, `/dev/full`, a terminal) or a named pipe (`/dev/stdout` in a pipeline):
///   written straight to, never replaced; a pipe nobody reads is refused rather than waited on.
/// - anything else (a directory, a socket, a block device): refused, untouched.
///
/// # Errors
/// The I/O error, or why the target is refused; the temporary file is gone either way.
pub fn save_with(
    path: &Path,
    bytes: &[u8],
    write: impl FnOnce(&mut std::fs::File, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    // What a write to the path would reach (following links).
    let existing = match std::fs::metadata(path) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    match existing.as_ref().map(|m| (Kind::of(m.file_type()), m)) {
        None => replace(path, bytes, write, None),
        Some((None, meta)) => replace(path, bytes, write, Some(meta.permissions())),
        Some((Some(Kind::CharDevice | Kind::Pipe), _)) => write_through(path, bytes),
        Some((Some(kind), _)) => Err(refused(kind)),
    }
}

fn refused(kind: Kind) -> std::io::Error {
    let kind_of_error = if kind == Kind::Directory {
        std::io::ErrorKind::IsADirectory
    } else {
        std::io::ErrorKind::InvalidInput
    };
    std::io::Error::new(
        kind_of_error,
        format!(
            "it is {}: rota saves to a regular file (replaced whole) or writes to a device or a pipe",
            kind.describe()
        ),
    )
}

#[cfg(not(target_arch = "wasm32"))]
fn replace(
    path: &Path,
    bytes: &[u8],
    write: impl FnOnce(&mut std::fs::File, &[u8]) -> std::io::Result<()>,
    permissions: Option<std::fs::Permissions>,
) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "rota".to_owned(), |n| n.to_string_lossy().into_owned());
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        // A new file gets what File::create gives (0666 less the umask).
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    // Created with O_CREAT|O_EXCL under a random name; removed when dropped unless persisted, so
    // a failure (or a panic) below leaves nothing behind.
    let mut temp = builder.tempfile_in(dir)?;
    if let Some(permissions) = permissions {
        temp.as_file().set_permissions(permissions)?;
    }
    write(temp.as_file_mut(), bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    // The rename itself reaches the disk with the folder's entry.
    #[cfg(unix)]
    if let Ok(folder) = std::fs::File::open(dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn replace(
    _path: &Path,
    _bytes: &[u8],
    _write: impl FnOnce(&mut std::fs::File, &[u8]) -> std::io::Result<()>,
    _permissions: Option<std::fs::Permissions>,
) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// Writes straight to a device or a pipe, opened without waiting: a pipe with no reader is
/// refused (ENXIO) rather than waited on.
fn write_through(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    // Elsewhere than on Unix the closure has nothing to add to the error.
    #[cfg_attr(not(unix), expect(clippy::map_identity, reason = "the error as it is"))]
    let mut file = options.open(path).map_err(|e| {
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ENXIO) {
            return std::io::Error::new(
                e.kind(),
                "it is a named pipe that no program is reading from",
            );
        }
        e
    })?;
    // What was opened is what was looked at, not a file swapped in since.
    match Kind::of(file.metadata()?.file_type()) {
        Some(Kind::CharDevice | Kind::Pipe) => {}
        Some(kind) => return Err(refused(kind)),
        None => {
            return Err(std::io::Error::other(
                "it changed while it was being opened",
            ));
        }
    }
    let mut rest = bytes;
    while !rest.is_empty() {
        match file.write(rest) {
            Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
            Ok(n) => rest = rest.get(n..).unwrap_or_default(),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            // Opened without blocking: a full pipe asks to wait, so wait a little.
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
            Err(e) => return Err(e),
        }
    }
    file.flush()
}
