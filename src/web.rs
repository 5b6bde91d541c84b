//! The web edition: the same [`RotaApp`] in a browser, started by `index.html` through eframe's
//! web runner. Only what a desktop does differently lives here: files are picked through the
//! browser and saved as downloads, the scenario of a shared link comes from the page's address,
//! and messages are mirrored into the page for screen readers.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use wasm_bindgen::JsCast as _;
use wasm_bindgen::prelude::*;

use crate::app::files::Platform;
use crate::app::{Command, File, Launch, RotaApp};
use crate::data::Library;
use crate::data::scenario_file::Diagnostic;

/// Starts rota in the canvas with this id.
///
/// # Errors
/// The page has no such canvas, the bundled data is damaged, or the browser cannot draw.
#[wasm_bindgen]
pub async fn start(canvas_id: String) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let canvas = document
        .get_element_by_id(&canvas_id)
        .ok_or_else(|| format!("no element with id {canvas_id}"))?
        .dyn_into::<web_sys::HtmlCanvasElement>()?;
    let library = Library::bundled().map_err(|e| e.to_string())?;
    let now = js_sys::Date::new_0();
    let today = chrono::NaiveDate::from_ymd_opt(
        i32::try_from(now.get_full_year()).unwrap_or(2026),
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default();
    let hash = window.location().hash().unwrap_or_default();
    let link = hash
        .strip_prefix('#')
        .filter(|h| !h.is_empty())
        .map(str::to_owned);
    let options = eframe::WebOptions {
        // WebGL through glow: what every school browser has, GPU or not.
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::WebRunner::new()
        .start(
            canvas,
            options,
            Box::new(move |cc| {
                let platform = Web {
                    inbox: Rc::default(),
                    ctx: cc.egui_ctx.clone(),
                };
                let launch = Launch {
                    link,
                    ..Launch::default()
                };
                Ok(Box::new(RotaApp::new(
                    cc,
                    library,
                    today,
                    launch,
                    Box::new(platform),
                )))
            }),
        )
        .await
}

/// The browser as rota's platform.
struct Web {
    /// Files picked in the browser's dialog arrive here, later.
    inbox: Rc<RefCell<Vec<Command>>>,
    ctx: egui::Context,
}

impl Platform for Web {
    fn pick_open(&mut self) -> Option<PathBuf> {
        let inbox = Rc::clone(&self.inbox);
        let ctx = self.ctx.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let picked = rfd::AsyncFileDialog::new()
                .add_filter("rota scenario or office (RON)", &["ron"])
                .pick_file()
                .await;
            if let Some(file) = picked {
                let bytes = file.read().await;
                inbox.borrow_mut().push(Command::File(File::OpenBytes {
                    name: file.file_name(),
                    bytes,
                }));
                ctx.request_repaint();
            }
        });
        None
    }

    fn pick_save(&mut self, suggested_name: &str) -> Option<PathBuf> {
        // The browser asks where downloads go, or puts them in the downloads folder.
        Some(PathBuf::from(suggested_name))
    }

    fn read(&mut self, path: &Path) -> Result<Vec<u8>, Diagnostic> {
        Err(Diagnostic {
            file: path.display().to_string(),
            position: None,
            message:
                "a web page cannot read files by their path: pick the file, or drop it on the page"
                    .to_owned(),
        })
    }

    fn write(&mut self, path: &Path, bytes: &[u8]) -> Result<(), String> {
        let name = path
            .file_name()
            .map_or_else(|| "rota".into(), |n| n.to_string_lossy().into_owned());
        download(&name, bytes).map_err(|e| format!("the browser refused the download ({e:?})"))
    }

    fn share_base(&self) -> String {
        web_sys::window()
            .and_then(|w| w.location().href().ok())
            .map(|href| href.split('#').next().unwrap_or_default().to_owned())
            .unwrap_or_else(|| crate::app::files::DEFAULT_SHARE_BASE.to_owned())
    }

    fn show_fragment(&mut self, fragment: &str) {
        // Replaced, not pushed: Back should leave the page, not step through old links.
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ignored =
                history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{fragment}")));
        }
    }

    fn poll(&mut self) -> Option<Command> {
        let mut inbox = self.inbox.borrow_mut();
        (!inbox.is_empty()).then(|| inbox.remove(0))
    }

    fn receive_dropped(&mut self, file: egui::DroppedFileHandle) {
        let inbox = Rc::clone(&self.inbox);
        let ctx = self.ctx.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let name = file.path().display().to_string();
            let command = match file.bytes_async().await {
                Ok(bytes) => Command::File(File::OpenBytes { name, bytes }),
                Err(message) => Command::File(File::OpenBytes {
                    // An unreadable file is reported as the loader reports an empty one.
                    name: format!("{name} (unreadable: {message})"),
                    bytes: Vec::new(),
                }),
            };
            inbox.borrow_mut().push(command);
            ctx.request_repaint();
        });
    }

    fn show_status(&mut self, title: &str, notice: &str) {
        // First called at the end of the first frame, whose lanes are painted right after: the
        // page marks that (index.html's `rotaDrawn`, which then removes itself).
        if let Some(drawn) = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &"rotaDrawn".into()).ok())
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        {
            let _ignored = drawn.call0(&JsValue::NULL);
        }
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        document.set_title(title);
        if let Some(status) = document.get_element_by_id("status") {
            status.set_text_content(Some(notice));
        }
    }
}

/// Offers `bytes` as a download named `name`.
fn download(name: &str, bytes: &[u8]) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::new();
    parts.push(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let anchor = document
        .create_element("a")?
        .dyn_into::<web_sys::HtmlAnchorElement>()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}
