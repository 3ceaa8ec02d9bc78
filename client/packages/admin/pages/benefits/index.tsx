import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { type BenefitView, benefitsApi, IMPORT_COLUMNS, type ImportRowFailure } from '@shared/api/benefits.api'
import { formatFen, yuanToFen } from '@shared/domain/money'
import { BENEFIT_PROGRAMME_LABEL, BENEFIT_SOURCE_LABEL, BenefitProgramme, BenefitSource } from '@shared/schemas/benefit'
import { FUNDING_SOURCE_LABEL } from '@shared/schemas/payment'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { ChoiceGroup } from '../../../../components/choice-group'
import { Field } from '../../../../components/field'
import { InfoRow } from '../../../../components/info-row'
import { LimitedText } from '../../../../components/limited-text'
import { Notice } from '../../../../components/notice'
import { Screen } from '../../../../components/screen'
import { TextInput } from '../../../../components/text-input'
import { useIntent } from '../../../../hooks/useIntent'
import { messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'

const PROGRAMMES = BenefitProgramme.options.map((v) => ({ value: v, label: BENEFIT_PROGRAMME_LABEL[v] }))
const SOURCES = BenefitSource.options.map((v) => ({ value: v, label: BENEFIT_SOURCE_LABEL[v] }))
const TEMPLATE = `${IMPORT_COLUMNS.join(',')}\n`

type Line = {
  idNumber: string
  name: string
  programme: BenefitProgramme | null
  year: string
  amountYuan: string
  source: BenefitSource | null
}
const EMPTY: Line = { idNumber: '', name: '', programme: null, year: '', amountYuan: '', source: null }

function BenefitLine({ b }: { b: BenefitView }) {
  return (
    <InfoRow label={`${b.year}年 ${b.name}（${b.idNumberMasked}）`}>
      {`${BENEFIT_PROGRAMME_LABEL[b.programme]} · ${BENEFIT_SOURCE_LABEL[b.source]} · ${formatFen(b.amountFen)}`}
    </InfoRow>
  )
}

/** 登记: one line typed in. */
function RecordForm() {
  const [line, setLine] = useState<Line>(EMPTY)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ tone: 'ok' | 'bad'; text: string } | null>(null)
  const intent = useIntent()
  const set = <K extends keyof Line>(k: K, v: Line[K]) => setLine((x) => ({ ...x, [k]: v }))

  const save = async () => {
    if (!line.programme || !line.source) {
      setMessage({ tone: 'bad', text: '请选择补助项目和资金来源' })
      return
    }
    let amountFen: number
    try {
      amountFen = yuanToFen(line.amountYuan)
    } catch {
      setMessage({ tone: 'bad', text: '金额请按元填写，最多两位小数' })
      return
    }
    const input = {
      idNumber: line.idNumber.trim().toUpperCase(),
      name: line.name,
      programme: line.programme,
      year: Number(line.year),
      amountFen,
      source: line.source,
    }
    setBusy(true)
    setMessage(null)
    try {
      const saved = await call(benefitsApi.record, input, { requestId: intent.idFor(input) })
      intent.done()
      setMessage({ tone: 'ok', text: `已登记：${saved.name} ${saved.year}年${BENEFIT_PROGRAMME_LABEL[saved.programme]}` })
      setLine(EMPTY)
    } catch (e) {
      setMessage({ tone: 'bad', text: messageOf(e) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card title='登记一条补助'>
      <Field name='benefit-id' label='身份证号' required>
        <TextInput id='benefit-id' maxLength={18} value={line.idNumber} onChange={(v) => set('idNumber', v)} />
      </Field>
      <Field name='benefit-name' label='姓名' required>
        <TextInput id='benefit-name' value={line.name} onChange={(v) => set('name', v)} />
      </Field>
      <Field name='benefit-programme' label='补助项目' required>
        <ChoiceGroup
          idPrefix='benefit-programme'
          options={PROGRAMMES}
          value={line.programme}
          onChange={(v) => set('programme', v)}
        />
      </Field>
      <Field name='benefit-year' label='年度' required>
        <TextInput id='benefit-year' type='digit' maxLength={4} value={line.year} onChange={(v) => set('year', v)} />
      </Field>
      <Field name='benefit-amount' label='金额（元）' required>
        <TextInput id='benefit-amount' type='digit' value={line.amountYuan} onChange={(v) => set('amountYuan', v)} />
      </Field>
      <Field name='benefit-source' label='资金来源' required>
        <ChoiceGroup
          idPrefix='benefit-source'
          columns={2}
          options={SOURCES}
          value={line.source}
          onChange={(v) => set('source', v)}
        />
      </Field>
      {message ? (
        <Notice tone={message.tone} id='benefit-message'>
          {message.text}
        </Notice>
      ) : null}
      <BigButton id='benefit-save' loading={busy} onClick={save}>
        登记
      </BigButton>
    </Card>
  )
}

/** The mini-program reads a CSV sent in a chat; H5 pastes it. Excel files are saved as CSV (UTF-8) first. */
async function csvFromChat(): Promise<string> {
  const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv'] })
  const path = picked.tempFiles[0]?.path
  if (!path) return ''
  return new Promise((resolve, reject) =>
    Taro.getFileSystemManager().readFile({
      filePath: path,
      encoding: 'utf8',
      success: (r) => resolve(String(r.data)),
      fail: reject,
    }),
  )
}

/** 导入: all rows or none; each failing row named with why. */
function ImportForm() {
  const [csv, setCsv] = useState(TEMPLATE)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ imported: number; failures: ImportRowFailure[] } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const intent = useIntent()

  const run = async () => {
    setBusy(true)
    setError(null)
    setResult(null)
    try {
      const answer = await call(benefitsApi.import, { csv }, { requestId: intent.idFor({ csv }) })
      intent.done()
      setResult(answer)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }
  const pick = async () => {
    try {
      const text = await csvFromChat()
      if (text) setCsv(text)
    } catch (e) {
      setError(messageOf(e))
    }
  }

  return (
    <Card title='批量导入'>
      <Notice>{`第一行是表头：${IMPORT_COLUMNS.join('，')}。Excel 表格请另存为“CSV UTF-8”后导入；有任何一行不对，整批都不导入。`}</Notice>
      {process.env.TARO_ENV === 'weapp' ? (
        <BigButton id='benefit-import-pick' kind='default' onClick={pick}>
          从聊天记录选择 CSV 文件
        </BigButton>
      ) : null}
      <Field name='benefit-import-csv' label='表格内容' required>
        <LimitedText id='benefit-import-csv' value={csv} onChange={setCsv} max={200_000} />
      </Field>
      {error ? (
        <Notice tone='bad' id='benefit-import-error'>
          {error}
        </Notice>
      ) : null}
      {result ? (
        result.failures.length === 0 ? (
          <Notice tone='ok' id='benefit-import-done'>{`已导入 ${result.imported} 条`}</Notice>
        ) : (
          <View className='stack' id='benefit-import-failures'>
            <Notice tone='bad'>{`有 ${result.failures.length} 行不对，整批未导入。改好后再导入：`}</Notice>
            {result.failures.map((f) => (
              <InfoRow key={`${f.row}-${f.reason}`} label={`第 ${f.row} 行`}>
                {f.reason}
              </InfoRow>
            ))}
          </View>
        )
      ) : null}
      <BigButton id='benefit-import' loading={busy} onClick={run}>
        导入
      </BigButton>
    </Card>
  )
}

type CheckAnswer = Awaited<ReturnType<typeof checkOf>>
const checkOf = (idNumber: string) => call(benefitsApi.check, { idNumber })

/** 查询: what an ID number received and what the county's rule says. */
function CheckForm() {
  const [idNumber, setIdNumber] = useState('')
  const [answer, setAnswer] = useState<CheckAnswer | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = async () => {
    setBusy(true)
    setError(null)
    try {
      setAnswer(await checkOf(idNumber.trim().toUpperCase()))
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Card title='查询是否已享受'>
      <Field name='benefit-check-id' label='身份证号' required>
        <TextInput id='benefit-check-id' maxLength={18} value={idNumber} onChange={setIdNumber} />
      </Field>
      <BigButton id='benefit-check' kind='default' loading={busy} onClick={run}>
        查询
      </BigButton>
      {error ? (
        <Notice tone='bad' id='benefit-check-error'>
          {error}
        </Notice>
      ) : null}
      {answer ? (
        <View className='stack' id='benefit-check-answer'>
          {answer.benefits.length === 0 ? <Text>登记册中没有这个身份证号的补助记录。</Text> : null}
          {answer.benefits.map((b) => (
            <BenefitLine key={b._id} b={b} />
          ))}
          <Notice tone={answer.verdict.ok ? 'ok' : 'warn'} id='benefit-check-verdict'>
            {`${answer.verdict.message}${answer.verdict.fundingSource ? `（资金来源：${FUNDING_SOURCE_LABEL[answer.verdict.fundingSource]}）` : ''}`}
          </Notice>
          <InfoRow label='政策规定'>{answer.rule}</InfoRow>
        </View>
      ) : null}
    </Card>
  )
}

/** 补助登记: the county's register of housing benefits already received, so nobody is paid twice. */
export default function BenefitsPage() {
  return (
    <Screen title='补助登记'>
      <View className='stack'>
        <CheckForm />
        <RecordForm />
        <ImportForm />
      </View>
    </Screen>
  )
}
