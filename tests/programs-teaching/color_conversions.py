# colorsys exercises: named colors through every color space, round trips, a hue wheel and hex codes
import colorsys

colors = {"red": (255, 0, 0), "lime": (0, 255, 0), "blue": (0, 0, 255), "gold": (255, 215, 0), "teal": (0, 128, 128),
          "gray": (128, 128, 128), "white": (255, 255, 255), "black": (0, 0, 0), "salmon": (250, 128, 114), "indigo": (75, 0, 130)}
print(f"{'name':<7} {'hex':<8} {'h':>6} {'s':>6} {'v':>6} | {'h':>6} {'l':>6} {'s':>6} | {'y':>6} {'i':>7} {'q':>7}")
for name, (r, g, b) in colors.items():
    rf, gf, bf = r / 255, g / 255, b / 255
    h, s, v = colorsys.rgb_to_hsv(rf, gf, bf)
    hh, ll, ss = colorsys.rgb_to_hls(rf, gf, bf)
    y, i, q = colorsys.rgb_to_yiq(rf, gf, bf)
    print(f"{name:<7} #{r:02x}{g:02x}{b:02x} {h:6.3f} {s:6.3f} {v:6.3f} | {hh:6.3f} {ll:6.3f} {ss:6.3f} | {y:6.3f} {i:7.3f} {q:7.3f}")
    back = [round(c * 255) for c in colorsys.hsv_to_rgb(h, s, v)]
    back2 = [round(c * 255) for c in colorsys.hls_to_rgb(hh, ll, ss)]
    back3 = [round(c * 255) for c in colorsys.yiq_to_rgb(y, i, q)]
    assert back == [r, g, b] and back2 == [r, g, b] and back3 == [r, g, b], (name, back, back2, back3)
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hsv_to_rgb(0.5, 0.5, 0.4), colorsys.rgb_to_hls(0.2, 0.4, 0.4), colorsys.hls_to_rgb(0.5, 0.3, 0.33333))
print(colorsys.rgb_to_yiq(0.1, 0.2, 0.3), colorsys.yiq_to_rgb(0.5, 0.9, -0.9))
wheel = []
for step in range(12):
    r, g, b = colorsys.hsv_to_rgb(step / 12, 1.0, 1.0)
    wheel.append("#%02X%02X%02X" % (round(r * 255), round(g * 255), round(b * 255)))
print(wheel)
shades = [colorsys.hls_to_rgb(0.6, l / 10, 0.8) for l in range(11)]
print([tuple(round(c, 4) for c in shade) for shade in shades])
print([colorsys.rgb_to_hls(x / 7, (x * 3 % 7) / 7, (x * 5 % 7) / 7) for x in range(1, 7)])
