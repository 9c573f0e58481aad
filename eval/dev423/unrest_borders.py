"""dev423 items: unrest and borders around them: Kazakhstan's January 2022 unrest and the CSTO
deployment, Karakalpakstan's July 2022 unrest and its trials, Gorno-Badakhshan in 2022, and the
Afghan soldiers and refugees who reached Tajikistan and Uzbekistan in 2021."""

from _wrap import item

item(
    "Kazakhstan says 225 killed in unrest",
    """ALMATY, {{January 15, 2022}} (Reuters) - Kazakhstan's prosecutor general's office said on
    Saturday that [[225 people|killed;a=Kazakhstan's prosecutor general's office]] had been killed
    in the unrest that swept the country this month, [[19|killed;a=Kazakhstan's prosecutor
    general's office]] of them police officers and soldiers. The health ministry said [[4,353
    people|injured;a=The health ministry]] had sought medical help, [[more than
    3,000|injured;a=The health ministry]] of them members of the security forces. The interior
    ministry said [[about 9,900 people|arrested;a=The interior ministry]] had been detained across
    the country, most of them in Almaty, and that [[several thousand|arrested;a=The interior
    ministry]] had since been released. President Kassym-Jomart Tokayev has said [[about 20,000
    bandits|combatants;a=President Kassym-Jomart Tokayev]] attacked Almaty, a figure rights groups
    dispute. The protests began on {{January 2}} in the oil town of Zhanaozen over a rise in the
    price of liquefied gas, which had doubled to about {{120 tenge}} a litre.""",
)

item(
    "CSTO begins pulling its troops out of Kazakhstan",
    """ALMATY, {{January 13, 2022}} - The Russian-led Collective Security Treaty Organisation (CSTO)
    said on Thursday it had begun withdrawing the [[2,030 troops|combatants;a=The Russian-led
    Collective Security Treaty Organisation (CSTO)]] and [[250 pieces of military
    equipment|other;n=pieces;a=The Russian-led Collective Security Treaty Organisation (CSTO)]] it
    sent to Kazakhstan a week ago. Russia's defence ministry said [[more than 70
    aircraft|other;a=Russia's defence ministry]] had flown the troops in and would fly them out
    over {{ten days}}. Kyrgyzstan contributed [[about 150 servicemen|combatants;a=the CSTO]],
    Tajikistan [[about 200|combatants;a=the CSTO]] and Armenia [[70|combatants;a=the CSTO]],
    according to the CSTO. The troops guarded [[about 20 strategic sites|other]], among them
    Almaty airport and power stations, and took no part in the fighting, officials said. In
    Bishkek, [[several dozen protesters|other]] rallied against sending Kyrgyz soldiers
    abroad.""",
)

item(
    "Almaty counts 1,352 businesses looted or damaged",
    """ALMATY, {{January 20, 2022}} - Almaty's akimat said on Thursday that rioters had damaged or
    looted [[1,352 businesses|housing;u=structure;a=Almaty's akimat]], [[about
    100|housing;u=structure;a=Almaty's akimat]] of them banks and cash offices, and burned [[more
    than 400 vehicles|other;a=Almaty's akimat]], [[about 50|other;u=other;a=Almaty's akimat]] of
    them police cars. The city hall and the presidential residence were among [[11 public
    buildings|housing;a=the akimat;alt=Almaty's akimat]] set on fire, the akimat said. Insurers put
    the losses at {{87 billion tenge}}, about {{$200 million}}. [[More than 2,000 municipal
    workers|other]] were clearing debris from the streets around Republic Square. On Abai Avenue,
    [[several dozen shops|housing]] still had their windows boarded up.""",
)

item(
    "Hostages freed, dozens still missing after Kazakh unrest",
    """The interior ministry said on {{January 10}} that security forces had freed [[18
    people|kidnapped;a=The interior ministry]] taken hostage by armed men at a television station
    and a bank in Almaty. In Taldykorgan, rioters held [[four police officers|kidnapped;a=local
    officials]] for several hours before releasing them, local officials said. Rights groups said
    [[at least 34 people|missing;a=Rights groups]] were still missing {{two weeks}} after the
    unrest. Kyrgyzstan's foreign ministry said [[12 Kyrgyz citizens|arrested;a=Kyrgyzstan's foreign
    ministry]] had been detained in Kazakhstan during the unrest and [[eight|arrested;a=Kyrgyzstan's
    foreign ministry]] had since been released. Among those held was a jazz pianist from Bishkek,
    shown on Kazakh television confessing to being paid {{$200}} to join the riots, a confession he
    later said was false.""",
)

item(
    "Rights groups say Kazakh detainees were tortured",
    """ALMATY, {{March 4, 2022}} - Kazakhstan's prosecutor general's office said [[more than 10,000
    people|arrested;a=Kazakhstan's prosecutor general's office]] had been detained during and after
    the January unrest, and that [[about 1,100|arrested;a=Kazakhstan's prosecutor general's
    office]] were still in custody. Rights groups said [[at least six people|killed;a=Rights
    groups]] had died in custody and that [[more than 200 detainees|other;a=Rights groups]] had
    complained of torture. In Taraz, [[between 40 and 50 people|arrested;a=a local human rights
    monitor]] were charged with rioting, according to a local human rights monitor. Prosecutors
    said [[43 officers|other;a=Prosecutors]] were under investigation for abuse. Tokayev has
    promised a full inquiry.""",
)

item(
    "A year on, 1,244 convicted over Kazakhstan's January unrest",
    """ASTANA, {{January 5, 2023}} - A year after the unrest, Kazakhstan's prosecutor general's office
    said courts had convicted [[1,244 people|arrested;a=Kazakhstan's prosecutor general's office]]
    over the violence and that [[over 1,000|arrested;a=Kazakhstan's prosecutor general's office]]
    had been freed under an amnesty Tokayev signed in {{December 2022}}. The office put the final
    toll at [[238 dead|killed;a=The office;alt=Kazakhstan's prosecutor general's office]],
    [[19|killed;a=The office;alt=Kazakhstan's prosecutor general's office]] of them members of the
    security forces. [[Six officers|arrested]] of the National Security Committee have been jailed
    for torturing detainees in Taldykorgan. In Almaty, [[several hundred people|other]] laid
    flowers at a memorial, watched by police. Relatives say [[about 30 people|missing;a=Relatives]]
    are still unaccounted for.""",
)

item(
    "Trucks and travellers stranded at closed Kazakh-Kyrgyz border",
    """BISHKEK, {{January 8, 2022}} - [[More than 1,500 trucks|other;a=the Kyrgyz border service]]
    were stranded on both sides of the Kazakh-Kyrgyz border after Kazakhstan closed its crossings,
    the Kyrgyz border service said. Kyrgyzstan's foreign ministry said [[about 2,000 Kyrgyz
    citizens|displaced;a=Kyrgyzstan's foreign ministry]] were stuck in Almaty waiting to cross home.
    The government sent [[14 buses|other]] to the Ak-Zhol crossing, and on Sunday [[about 700
    people|returned;a=the border service;alt=the Kyrgyz border service]] crossed back into
    Kyrgyzstan, the border service said. Uzbekistan Airways flew [[167 Uzbek citizens|displaced]]
    out of Almaty on a special flight, and Russia evacuated [[more than 1,000 of its
    citizens|displaced]] by air. Kazakh officials said [[no more than 300 trucks a
    day|other;p;a=Kazakh officials]] would be let through when the crossings reopen.""",
)

item(
    "Uzbekistan says 18 killed in Karakalpakstan unrest",
    """TASHKENT, {{July 4, 2022}} (AFP) - Uzbekistan's National Guard said on Monday that [[18
    people|killed;a=Uzbekistan's National Guard]] had died and [[243|injured;a=Uzbekistan's
    National Guard]] been injured in unrest in the autonomous republic of Karakalpakstan, after
    protests against plans to curb its autonomy. The prosecutor's office said [[516
    people|arrested;a=The prosecutor's office]] had been detained. Of the injured, [[94|injured;a=the
    health ministry]] were still in hospital in Nukus, the health ministry said. Officials said
    protesters had taken [[seven police officers|kidnapped;a=Officials]] hostage and tried to seize
    government buildings. Witnesses told AFP that [[thousands of people|other;a=Witnesses]] had
    gathered in Nukus on {{July 1}}. The internet has been cut across the region, home to [[about
    2 million people|civilians]]. The toll was later raised to [[21|killed]].""",
)

item(
    "Karakalpak journalist jailed for 16 years",
    """BUKHARA, {{January 31, 2023}} - A court in Bukhara sentenced the Karakalpak lawyer and
    journalist Dauletmurat Tazhimuratov to {{16 years}} in prison on Tuesday and handed sentences to
    [[21 other defendants|arrested]] over the July protests. [[Four|arrested]] of them received
    suspended sentences. Uzbekistan's Supreme Court said [[61 people|arrested;a=Uzbekistan's Supreme
    Court]] had been convicted in all. Human Rights Watch said [[at least 40 people|arrested;a=Human
    Rights Watch]] were still in prison over the protests, and that force used by police on {{July
    1 and 2}} had wounded [[hundreds|injured;a=Human Rights Watch]]. [[About 50 relatives|other]]
    waited outside the court.""",
)

item(
    "Karakalpak activists seek refuge in Kazakhstan",
    """ALMATY, {{October 12, 2022}} - [[Dozens of Karakalpak activists|displaced;a=their
    supporters]] have fled to Kazakhstan since the July unrest in Nukus, their supporters say.
    Kazakhstan's migration service said [[41 Uzbek citizens|displaced;a=Kazakhstan's migration
    service]] had applied for asylum since July. Kazakh police detained [[three Karakalpak
    activists|arrested;a=lawyers]] in Almaty at Uzbekistan's request in September, and
    [[one|returned;a=lawyers]] was later extradited, lawyers said. Relatives said [[seven
    men|missing;a=Relatives]] from Nukus had not been heard from since {{July 1}}. [[About 15
    families|displaced]] are living in rented rooms in Almaty and Aktau.""",
)

item(
    "Tajikistan says eight killed in Gorno-Badakhshan operation",
    """DUSHANBE, {{May 19, 2022}} - Tajikistan's interior ministry said [[eight
    people|killed;a=Tajikistan's interior ministry]] were killed in what it called an
    anti-terrorist operation in the Rushan district of Gorno-Badakhshan on Wednesday, and that
    [[more than 70 people|arrested;a=Tajikistan's interior ministry]] had been detained. Pamiri
    activists abroad said [[as many as 40|killed;a=Pamiri activists abroad]] had died. Residents
    said [[hundreds of troops|combatants;a=Residents]], backed by [[about 30 armoured
    vehicles|other;a=Residents]], had been sent up the Pamir Highway from Dushanbe. In Khorog on
    Monday, [[one protester|killed;a=local activists]] was killed and [[13 people|injured;a=local
    activists]] were wounded when police dispersed a rally with tear gas and rubber bullets, local
    activists said. The UN human rights office said [[around 200 people|arrested;a=The UN human
    rights office]] had been detained in the region since the protests began.""",
)

item(
    "More than 1,000 Afghan soldiers flee into Tajikistan",
    """DUSHANBE, {{July 5, 2021}} (Reuters) - Tajikistan's State Committee for National Security said
    [[1,037 Afghan servicemen|displaced;a=Tajikistan's State Committee for National Security]] had
    fled across the border overnight as Taliban fighters advanced on border posts in Badakhshan
    province. President Emomali Rahmon ordered the call-up of [[20,000 reservists|combatants]] to
    reinforce the frontier. Afghan officials said [[13 districts|other;a=Afghan officials]] in
    Badakhshan had fallen to the Taliban in {{two weeks}}. The soldiers crossed with [[dozens of
    vehicles|other]] and their weapons, which Tajik border guards took from them. [[Three|injured]]
    of them were treated for wounds in Khorog. Tajikistan has said it could take in [[up to 100,000
    Afghan refugees|capacity;p;a=Tajikistan]]. Later in the week, [[about 400|returned]] of the
    soldiers were flown back to Kabul.""",
)

item(
    "Afghan pilots fly 46 aircraft to Uzbekistan",
    """TASHKENT, {{August 16, 2021}} - Uzbekistan's prosecutor general's office said on Monday that
    [[46 Afghan military aircraft|other;a=Uzbekistan's prosecutor general's office]] carrying [[585
    Afghan servicemen|displaced;a=Uzbekistan's prosecutor general's office]] had landed at Termez
    since Saturday. [[Two pilots|injured;a=the office;alt=Uzbekistan's prosecutor general's
    office]] were hurt when an Afghan military plane crashed in Surkhandarya province after
    crossing the border on Sunday, the office said. [[A further 84 Afghan soldiers|displaced]]
    crossed the Friendship Bridge on foot. Uzbekistan set up a tent camp for [[up to 1,500
    people|capacity]] in the Termez district. Uzbek border guards said they had detained [[about 150
    Afghans|arrested;a=Uzbek border guards]] who tried to cross the Amu Darya by boat. In
    September, [[about 450 of the servicemen|displaced]] were flown on to the United Arab
    Emirates.""",
)

item(
    "Tajikistan readies tent camps for Afghan refugees",
    """DUSHANBE, {{July 22, 2021}} - Tajikistan's Committee for Emergency Situations said it had set
    up [[three tent camps|capacity;a=Tajikistan's Committee for Emergency Situations]] in the
    Khatlon region and Gorno-Badakhshan able to shelter [[up to 10,000
    people|capacity;a=Tajikistan's Committee for Emergency Situations]]. UNHCR said [[3,000 to 4,000
    Afghans|displaced;a=UNHCR]] had gathered on the Afghan side of the border, hoping to cross. The
    CSTO said it would hold drills near the Afghan border in August with [[about 4,000
    troops|combatants;p;a=The CSTO]]. Kyrgyzstan said it planned to bring [[about 350 ethnic
    Kyrgyz|displaced;p;a=Kyrgyzstan]] out of Afghanistan's Wakhan corridor. Tajikistan already hosts
    [[about 6,000 Afghan refugees|displaced]], most of them in Vahdat and Rudaki.""",
)

item(
    "Russia deports Pamiri activists to Tajikistan",
    """MOSCOW, {{June 9, 2022}} - Russian authorities have deported [[at least 15 Pamiri
    activists|returned;a=rights groups]] to Tajikistan since the May crackdown in Gorno-Badakhshan,
    rights groups said. [[Four|arrested;a=relatives]] of them were arrested on arrival in Dushanbe,
    relatives said. Tajik courts have since sentenced [[more than 30 people|arrested]] from the
    region over the protests, some to life in prison. Tajik prosecutors have asked Moscow to hand
    over [[a further 40 people|returned;p]]. [[Tens of thousands of Pamiris|civilians]] live and work
    in Russia, many of them in Moscow. In {{2023}}, Kazakhstan also deported [[two Pamiri
    men|returned;a=Tajik media]], Tajik media reported.""",
)

item(
    "Kazakhstan marks two years since 'Bloody January'",
    """ALMATY, {{January 5, 2024}} - Kazakhstan marked {{two years}} since the January unrest on
    Friday with a minute's silence at {{12:00}} in Almaty. President Kassym-Jomart Tokayev, {{70}},
    laid flowers at a new memorial, {{12 metres}} high, that cost {{1.1 billion tenge}}. The unrest,
    known as Qandy Qantar, or Bloody January, began on {{January 2, 2022}} after the price of
    liquefied gas rose to {{120 tenge}} a litre, almost {{double}}. Rights activists said the
    inquiry into the deaths had stalled for more than {{18 months}}.""",
)

item(
    "Uzbeks back new constitution that keeps Karakalpakstan's status",
    """TASHKENT, {{April 30, 2023}} - Uzbeks voted in a referendum on Sunday on a new constitution
    that extends presidential terms to {{seven years}} and, after the {{2022}} protests, keeps
    Karakalpakstan's right to secede. Turnout was {{84.5%}}, and {{90.2%}} of those who voted backed
    the changes, the election commission said. The constitution lets President Shavkat Mirziyoyev,
    {{65}}, run again in {{2026}}. Karakalpakstan's own parliament is due to approve the text on
    {{May 3}}.""",
)
