import { readFileSync } from 'node:fs'
import PDFDocument from 'pdfkit'
import { dateInWords, PARTY_LABEL } from '@shared/domain/agreement/document'
import { CJK_FACE, cjkFontPath } from './cjk-font'
import type { AgreementPdfInput, AgreementPdfRenderer, PrintedConfirmation } from '@shared/ports/agreement-pdf'

/** The agreement PDF with pdfkit, in the embedded CJK font (see cjk-font.ts for why the whole font ships). */

/** 5 MB read once per warm instance, not once per PDF. */
let fontBytes: Buffer | null = null
const font = () => {
  fontBytes ??= readFileSync(cjkFontPath())
  return fontBytes
}

const MARGIN = 56
const INK = '#1a1a1a'
const MUTED = '#555555'

function confirmedText(c: PrintedConfirmation | undefined): string {
  if (!c?.confirmed) return '尚未确认'
  const who = [c.byName, c.on ? dateInWords(c.on) : null].filter(Boolean).join('，')
  return who ? `已在系统中确认（${who}）` : '已在系统中确认'
}

function render(input: AgreementPdfInput): Promise<Uint8Array> {
  const { document: agreement, documentHash, confirmations } = input
  // `font: null`: no standard font is loaded, so nothing is read from pdfkit's own data folder.
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    font: null as unknown as string,
    bufferPages: true,
    info: { Title: `${agreement.title} ${agreement.caseNo}`, Subject: `协议校验值 ${documentHash}` },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
  })
  doc.registerFont('cjk', font(), CJK_FACE)
  doc.font('cjk')
  const width = doc.page.width - MARGIN * 2

  doc.fillColor(INK).fontSize(18).text(agreement.title, { align: 'center', width })
  doc.moveDown(0.3).fontSize(10).fillColor(MUTED).text(`案件编号：${agreement.caseNo}`, { align: 'right', width })
  doc.fillColor(INK)
  for (const section of agreement.sections) {
    doc.moveDown(0.8).fontSize(13).text(section.heading, { width })
    doc.moveDown(0.2).fontSize(11)
    for (const l of section.lines) {
      doc.text(l.label ? `${l.label}：${l.text}` : l.text, { width, lineGap: 3 })
    }
  }

  doc.moveDown(1.2).fontSize(13).text('签署', { width })
  doc.moveDown(0.2).fontSize(11)
  for (const party of agreement.parties) {
    const confirmed = confirmedText(confirmations.find((x) => x.party === party.party))
    doc.text(`${PARTY_LABEL[party.party]}：${party.name}　　${confirmed}`, { width, lineGap: 3 })
    doc.moveDown(0.2).fillColor(MUTED).text('（签字或盖章）____________________', { width }).fillColor(INK)
    doc.moveDown(0.4)
  }

  // Every page names the exact text, so a printed copy can be checked against the confirmations on record.
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    const footer = `${agreement.caseNo} · 协议校验值 ${documentHash.slice(0, 16)} · 第 ${i + 1} / ${range.count} 页`
    doc
      .fontSize(8)
      .fillColor(MUTED)
      .text(footer, MARGIN, doc.page.height - MARGIN, { width, align: 'center', lineBreak: false, height: 12 })
  }
  doc.end()
  return done
}

export const pdfkitAgreementRenderer: AgreementPdfRenderer = { render }
