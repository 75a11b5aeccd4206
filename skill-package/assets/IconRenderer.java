import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

/**
 * Draws the skill's icons: a white speech bubble holding an information "i", and a phone handset in a warm
 * circle, on a calm teal ground. No drug imagery. Every shape is drawn on a 512-unit canvas and scaled, so both
 * sizes are sharp. No fonts are used, so the output is the same on any machine.
 *
 * Run from the repository root:  java skill-package/assets/IconRenderer.java
 * It writes en-US_smallIcon.png (108x108) and en-US_largeIcon.png (512x512) next to this file; skill.json
 * points every locale at them.
 */
public class IconRenderer {

    private static final Color TEAL_LIGHT = new Color(0x1F, 0x6F, 0x78);
    private static final Color TEAL_DARK = new Color(0x0E, 0x3B, 0x43);
    private static final Color WHITE = new Color(0xFF, 0xFF, 0xFF);
    private static final Color AMBER = new Color(0xFF, 0xD1, 0x66);

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        File dir = new File(args.length > 0 ? args[0] : "skill-package/assets");
        write(108, new File(dir, "en-US_smallIcon.png"));
        write(512, new File(dir, "en-US_largeIcon.png"));
    }

    private static void write(int size, File file) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / 512.0, size / 512.0);
        draw(g);
        g.dispose();
        if (!ImageIO.write(image, "png", file)) {
            throw new IOException("no PNG writer");
        }
        System.out.println("wrote " + file + " (" + size + "x" + size + ")");
    }

    private static void draw(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, TEAL_LIGHT, 0, 512, TEAL_DARK));
        g.fillRect(0, 0, 512, 512);

        // the bubble and its tail, one white shape
        Area bubble = new Area(new RoundRectangle2D.Double(96, 92, 300, 230, 120, 120));
        Path2D tail = new Path2D.Double();
        tail.moveTo(150, 290);
        tail.lineTo(118, 392);
        tail.lineTo(232, 316);
        tail.closePath();
        bubble.add(new Area(tail));
        g.setColor(WHITE);
        g.fill(bubble);

        // the information "i"
        g.setColor(TEAL_DARK);
        g.fill(new Ellipse2D.Double(246 - 25, 150 - 25, 50, 50));
        g.fill(new RoundRectangle2D.Double(246 - 21, 196, 42, 90, 42, 42));

        // the phone: a warm disc with a handset, lower right
        g.setColor(TEAL_DARK);
        g.fill(new Ellipse2D.Double(372 - 92, 380 - 92, 184, 184));
        g.setColor(AMBER);
        g.fill(new Ellipse2D.Double(372 - 80, 380 - 80, 160, 160));
        g.setColor(TEAL_DARK);
        g.fill(centredOn(handset(0.8), 372, 380));
    }

    /**
     * A classic handset, drawn lying on its back (a bowed grip with an ear pad and a mouth pad hanging from its ends),
     * then turned so the pads face up and to the right, as on a phone key.
     */
    private static Area handset(double scale) {
        Area shape = new Area(new BasicStroke(28, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(new Arc2D.Double(-70, -16, 140, 76, 20, 140, Arc2D.OPEN)));
        shape.add(pad(-60, 26, 0));
        shape.add(pad(60, 26, 0));
        AffineTransform place = new AffineTransform();
        place.rotate(Math.toRadians(-135));
        place.scale(scale, scale);
        shape.transform(place);
        return shape;
    }

    private static Area centredOn(Area shape, double x, double y) {
        Rectangle2D bounds = shape.getBounds2D();
        shape.transform(AffineTransform.getTranslateInstance(x - bounds.getCenterX(), y - bounds.getCenterY()));
        return shape;
    }

    private static Area pad(double x, double y, double degrees) {
        Area pad = new Area(new RoundRectangle2D.Double(-31, -19, 62, 38, 34, 34));
        AffineTransform at = new AffineTransform();
        at.translate(x, y);
        at.rotate(Math.toRadians(degrees));
        pad.transform(at);
        return pad;
    }
}
