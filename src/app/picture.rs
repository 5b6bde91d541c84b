//! Pictures of the window as PNG bytes: the whole of it, or the part a view occupied.

/// Encodes `image` as PNG, cropped to `crop` (in pixels) when given.
///
/// # Errors
/// The crop lies outside the picture, or the encoder failed.
pub fn png_bytes(image: &egui::ColorImage, crop: Option<egui::Rect>) -> Result<Vec<u8>, String> {
    let [width, height] = image.size;
    let full = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(width as f32, height as f32));
    let area = crop.map_or(full, |c| c.intersect(full));
    // Whole pixels inside the picture; the float-to-index conversions cannot overflow here.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "clamped to the picture"
    )]
    let (x0, y0, x1, y1) = (
        area.left().round().max(0.0) as usize,
        area.top().round().max(0.0) as usize,
        (area.right().round() as usize).min(width),
        (area.bottom().round() as usize).min(height),
    );
    if x1 <= x0 || y1 <= y0 {
        return Err("the part to save is empty".to_owned());
    }
    let mut bytes = Vec::with_capacity((x1 - x0) * (y1 - y0) * 4);
    for y in y0..y1 {
        for pixel in &image.pixels[y * width + x0..y * width + x1] {
            bytes.extend_from_slice(&pixel.to_array());
        }
    }
    let (Ok(w), Ok(h)) = (u32::try_from(x1 - x0), u32::try_from(y1 - y0)) else {
        return Err("the picture is too large".to_owned());
    };
    let buffer = image::RgbaImage::from_raw(w, h, bytes)
        .ok_or_else(|| "the picture has the wrong size".to_owned())?;
    let mut out = std::io::Cursor::new(Vec::new());
    buffer
        .write_to(&mut out, image::ImageFormat::Png)
        .map_err(|e| e.to_string())?;
    Ok(out.into_inner())
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn a_crop_keeps_only_its_pixels() {
        let mut image = egui::ColorImage::filled([4, 3], egui::Color32::WHITE);
        image.pixels[4 + 2] = egui::Color32::RED; // (2, 1)
        let crop = egui::Rect::from_min_max(egui::pos2(2.0, 1.0), egui::pos2(4.0, 3.0));
        let png = png_bytes(&image, Some(crop)).unwrap();
        let decoded = image::load_from_memory(&png).unwrap().to_rgba8();
        assert_eq!(decoded.dimensions(), (2, 2));
        assert_eq!(decoded.get_pixel(0, 0).0, [255, 0, 0, 255]);
        assert_eq!(decoded.get_pixel(1, 1).0, [255, 255, 255, 255]);
        let outside = egui::Rect::from_min_max(egui::pos2(10.0, 10.0), egui::pos2(20.0, 20.0));
        assert!(png_bytes(&image, Some(outside)).is_err());
    }
}
