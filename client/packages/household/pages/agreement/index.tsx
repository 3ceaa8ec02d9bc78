import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { type AgreementPartyStatus, agreementApi } from '@shared/api/agreement.api'
import { paramsOf } from '@shared/routes'
import { BigButton } from '../../../../components/big-button'
import { Card } from '../../../../components/card'
import { InfoRow } from '../../../../components/info-row'
import { Notice } from '../../../../components/notice'
import { Screen } from '../../../../components/screen'
import { useIntent } from '../../../../hooks/useIntent'
import { useRemote } from '../../../../hooks/useRemote'
import { ApiError, messageOf } from '../../../../services/api-error'
import { call } from '../../../../services/call'
import { openPdf } from '../../../../services/pdf-file'
import { chineseDate } from '../../../../utils/format'
import './index.scss'

function standing(p: AgreementPartyStatus): string {
  if (!p.confirmed) return '尚未确认'
  const who = [p.byName, p.on ? chineseDate(p.on) : null].filter(Boolean).join('，')
  return who ? `已确认（${who}）` : '已确认'
}

/** 三方协议: read the whole text, see who has confirmed it, confirm for one's own party, save it as a PDF. */
export default function AgreementPage() {
  const { caseId } = paramsOf('agreement', useRouter().params)
  const view = useRemote(() => call(agreementApi.get, { caseId }), [caseId])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  const [saving, setSaving] = useState(false)
  const [pdfError, setPdfError] = useState<string | null>(null)
  const intent = useIntent()
  const v = view.data

  const confirm = async () => {
    if (!v) return
    setBusy(true)
    setError(null)
    try {
      const input = { caseId, documentHash: v.documentHash }
      // A retry after a lost reply carries the same request id; a repeat confirmation changes nothing anyway.
      await call(agreementApi.confirm, input, { requestId: intent.idFor(input) })
      intent.done()
      setDone(true)
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
      await view.reload()
    } catch (e) {
      setError(messageOf(e))
      // The text changed while it was open (a new plan): show the new one, to be read before confirming.
      if (e instanceof ApiError && e.code === 'AGREEMENT_CHANGED') await view.reload()
    } finally {
      setBusy(false)
    }
  }

  const savePdf = async () => {
    setSaving(true)
    setPdfError(null)
    try {
      await openPdf(await call(agreementApi.pdf, { caseId }))
    } catch (e) {
      setPdfError(messageOf(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Screen title='三方协议' load={view}>
      {v ? (
        <View className='stack'>
          {done ? (
            <Notice tone='ok' id='agreement-done'>
              {v.signed ? '三方都已确认，协议已签订。' : '您已确认。三方都确认后协议即签订，会发消息告诉您。'}
            </Notice>
          ) : null}
          {v.signed && !done ? (
            <Notice tone='ok' id='agreement-signed'>
              三方都已确认，协议已签订。
            </Notice>
          ) : null}

          <Card title='签署情况' id='agreement-parties'>
            {v.parties.map((p) => (
              <InfoRow key={p.party} label={p.label} id={`agreement-party-${p.party}`}>
                {`${p.name}：${standing(p)}`}
              </InfoRow>
            ))}
          </Card>

          <Card title={v.document.title} id='agreement-text'>
            <InfoRow label='案件编号'>{v.document.caseNo}</InfoRow>
            {v.document.sections.map((section) => (
              <View key={section.heading} className='agreement__section'>
                <Text className='agreement__heading'>{section.heading}</Text>
                {section.lines.map((line) =>
                  line.label ? (
                    <InfoRow key={line.label} label={line.label}>
                      {line.text}
                    </InfoRow>
                  ) : (
                    <Text key={line.text} className='agreement__clause'>
                      {line.text}
                    </Text>
                  ),
                )}
              </View>
            ))}
            <Text className='agreement__hash'>{`协议校验值：${v.documentHash.slice(0, 16)}。打印的协议每页底部印着同一个值，两者一致就是同一份协议。`}</Text>
          </Card>

          {v.canConfirm ? (
            <Card title='确认签署'>
              <Notice tone='warn'>请把上面的协议从头到尾看一遍。点“确认签署”，就表示您同意协议的全部内容。</Notice>
              {error ? (
                <Notice tone='bad' id='agreement-error'>
                  {error}
                </Notice>
              ) : null}
              <BigButton id='agreement-confirm' loading={busy} onClick={confirm}>
                我已阅读，确认签署
              </BigButton>
            </Card>
          ) : null}

          {pdfError ? (
            <Notice tone='bad' id='agreement-pdf-error'>
              {pdfError}
            </Notice>
          ) : null}
          <BigButton id='agreement-pdf' kind='default' loading={saving} onClick={savePdf}>
            下载协议（PDF）
          </BigButton>
        </View>
      ) : null}
    </Screen>
  )
}
