//! A soft chime and a short buzz: the timer's and the reminders' only sounds.

/// Two soft notes made with Web Audio (no sound file to download), quiet enough for a sleeping
/// room.
pub fn chime() {
    let Ok(ctx) = web_sys::AudioContext::new() else { return };
    let start = ctx.current_time();
    for (i, freq) in [659.25_f32, 880.0].into_iter().enumerate() {
        let (Ok(osc), Ok(gain)) = (ctx.create_oscillator(), ctx.create_gain()) else { return };
        osc.frequency().set_value(freq);
        let t = start + i as f64 * 0.35;
        let g = gain.gain();
        let _ = g.set_value_at_time(0.0, t);
        let _ = g.linear_ramp_to_value_at_time(0.12, t + 0.05);
        let _ = g.exponential_ramp_to_value_at_time(0.0001, t + 1.2);
        let _ = osc.connect_with_audio_node(&gain);
        let _ = gain.connect_with_audio_node(&ctx.destination());
        let _ = osc.start_with_when(t);
        let _ = osc.stop_with_when(t + 1.3);
    }
}

/// A short buzz where the device can.
pub fn vibrate() {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().vibrate_with_duration(200);
    }
}
