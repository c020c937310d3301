#!/usr/bin/env python3
"""Draws each BPMN diagram under processes/ as an SVG picture in docs/diagrams/, from the diagram's own layout
(BPMN DI): the same positions Camunda Modeler shows. Run from the project folder: python3 docs/diagrams/render.py"""
import glob
import html
import os
import xml.etree.ElementTree as ET

NS = {'bpmn': 'http://www.omg.org/spec/BPMN/20100524/MODEL',
      'bpmndi': 'http://www.omg.org/spec/BPMN/20100524/DI',
      'dc': 'http://www.omg.org/spec/DD/20100524/DC',
      'di': 'http://www.omg.org/spec/DD/20100524/DI'}
B = '{%s}' % NS['bpmn']


def wrap(text, width):
    words, lines, line = text.split(), [], ''
    for word in words:
        if len(line) + len(word) + 1 > width and line:
            lines.append(line)
            line = word
        else:
            line = (line + ' ' + word).strip()
    if line:
        lines.append(line)
    return lines


def text_block(x, y, text, width, size=11, anchor='middle'):
    lines = wrap(text, width)
    out = []
    top = y - (len(lines) - 1) * (size + 1) / 2
    for i, line in enumerate(lines):
        out.append('<text x="%.0f" y="%.0f" font-size="%d" text-anchor="%s">%s</text>'
                   % (x, top + i * (size + 1) + size / 3, size, anchor, html.escape(line)))
    return ''.join(out)


def inside(sub):
    return {child.get('id') for child in sub.iter() if child is not sub and child.get('id')}


def render(path, target, only=None):
    """The diagram's top level, or with only= the inside of one collapsed sub-process (its own picture)."""
    tree = ET.parse(path)
    elements = {e.get('id'): e for e in tree.iter() if e.get('id')}
    expanded = {s.get('bpmnElement') for s in tree.iter('{%s}BPMNShape' % NS['bpmndi']) if s.get('isExpanded') == 'true'}
    collapsed = [sub for sub in tree.iter(B + 'subProcess') if sub.get('id') not in expanded]
    hidden = set()
    for sub in collapsed:
        hidden |= inside(sub)
    if only is not None:
        hidden = set(elements) - inside(elements[only])
    parts, max_x, max_y = [], 0, 0
    for edge in tree.iter('{%s}BPMNEdge' % NS['bpmndi']):
        points = [(float(p.get('x')), float(p.get('y'))) for p in edge.findall('di:waypoint', NS)]
        if not points or edge.get('bpmnElement') in hidden:
            continue
        parts.append('<polyline points="%s" fill="none" stroke="#333" stroke-width="1.5" marker-end="url(#arrow)"/>'
                     % ' '.join('%.0f,%.0f' % p for p in points))
        flow = elements.get(edge.get('bpmnElement'))
        name = flow.get('name') if flow is not None else None
        if name:
            (x1, y1), (x2, y2) = points[0], points[1]
            parts.append(text_block((x1 + x2) / 2 + 4, (y1 + y2) / 2 - 8, name, 22, 10, 'start'))
    for shape in tree.iter('{%s}BPMNShape' % NS['bpmndi']):
        element = elements.get(shape.get('bpmnElement'))
        bounds = shape.find('dc:Bounds', NS)
        if element is None or bounds is None or element.get('id') in hidden:
            continue
        x, y, w, h = (float(bounds.get(k)) for k in ('x', 'y', 'width', 'height'))
        max_x, max_y = max(max_x, x + w), max(max_y, y + h)
        kind = element.tag.replace(B, '')
        name = element.get('name') or ''
        cx, cy = x + w / 2, y + h / 2
        if kind.endswith('Event'):
            stroke = 4 if kind == 'endEvent' else 1.5
            fill = '#fff'
            parts.append('<circle cx="%.0f" cy="%.0f" r="%.0f" fill="%s" stroke="#333" stroke-width="%s"/>'
                         % (cx, cy, w / 2, fill, stroke))
            if element.find('bpmn:timerEventDefinition', NS) is not None:
                parts.append('<circle cx="%.0f" cy="%.0f" r="%.0f" fill="none" stroke="#333"/>' % (cx, cy, w / 2 - 5)
                             + '<path d="M%.0f %.0fv-7M%.0f %.0fh5" stroke="#333"/>' % (cx, cy, cx, cy))
            if element.find('bpmn:messageEventDefinition', NS) is not None:
                parts.append('<rect x="%.0f" y="%.0f" width="16" height="11" fill="none" stroke="#333"/>'
                             % (cx - 8, cy - 5))
            if name:
                parts.append(text_block(cx, y + h + 14, name, 20, 10))
        elif kind.endswith('Gateway'):
            parts.append('<polygon points="%.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f" fill="#fff" stroke="#333"/>'
                         % (cx, y, x + w, cy, cx, y + h, x, cy))
            mark = '+' if kind == 'parallelGateway' else ('o' if kind == 'eventBasedGateway' else 'x')
            parts.append('<text x="%.0f" y="%.0f" font-size="16" text-anchor="middle">%s</text>' % (cx, cy + 5, mark))
            if name:
                parts.append(text_block(cx, y - 16, name, 24, 10))
        elif kind in ('subProcess', 'participant', 'lane'):
            parts.append('<rect x="%.0f" y="%.0f" width="%.0f" height="%.0f" rx="8" fill="none" stroke="#333" '
                         'stroke-dasharray="%s"/>' % (x, y, w, h, '4 3' if element.get('triggeredByEvent') else ''))
            parts.append(text_block(cx, cy, name, 16, 10))
        else:
            fill = {'userTask': '#eef5ff', 'serviceTask': '#f3f3f3', 'callActivity': '#fff7e6',
                    'businessRuleTask': '#f0fff0'}.get(kind, '#fff')
            width = 3 if kind == 'callActivity' else 1.5
            parts.append('<rect x="%.0f" y="%.0f" width="%.0f" height="%.0f" rx="10" fill="%s" stroke="#333" '
                         'stroke-width="%s"/>' % (x, y, w, h, fill, width))
            parts.append(text_block(cx, cy, name, 16, 10))
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" font-family="Arial, sans-serif">'
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
           'orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#333"/></marker></defs>'
           '<rect width="100%%" height="100%%" fill="#fff"/>%s</svg>\n'
           % (max_x + 60, max_y + 60, ''.join(parts)))
    with open(target, 'w') as out:
        out.write(svg)


if __name__ == '__main__':
    for diagram in sorted(glob.glob('processes/*/*.bpmn')):
        name = os.path.splitext(os.path.basename(diagram))[0]
        render(diagram, os.path.join('docs', 'diagrams', name + '.svg'))
        print('docs/diagrams/%s.svg' % name)
        for sub in ET.parse(diagram).iter(B + 'subProcess'):
            if sub.get('triggeredByEvent') != 'true':
                render(diagram, os.path.join('docs', 'diagrams', '%s-%s.svg' % (name, sub.get('id'))), sub.get('id'))
                print('docs/diagrams/%s-%s.svg' % (name, sub.get('id')))
