"""Releases: prisoner and prisoner-of-war swaps, bodies handed over, pardons, amnesties and
the release of political prisoners (14 articles, all with figures)."""

from _wrap import item

item(
    "Ukraine brings home 95 POWs in latest exchange with Russia",
    """Ukraine has brought home [[95 prisoners of war|other;n=prisoners of war;a=Volodymyr
    Zelensky]] in the {{59th}} exchange with Russia since the start of the full-scale invasion,
    President Volodymyr Zelensky announced on Friday. Among those freed were [[24
    soldiers|other]] who defended Mariupol and [[two civilians|other]] detained in the occupied
    south. The Coordination Headquarters for the Treatment of Prisoners of War said the exchange
    had been mediated by the United Arab Emirates, and that the youngest of those released was
    {{aged 22}}. Russia's Defense Ministry said [[95 Russian servicemen|other;a=Russia's Defense
    Ministry]] had been returned in exchange. In total, [[4,552 Ukrainians|other;a=the
    Coordination Headquarters;alt=The Coordination Headquarters for the Treatment of Prisoners
    of War]] have been freed from Russian captivity through exchanges since {{2022}}, according
    to the Coordination Headquarters. Ukrainian officials estimate that [[more than 8,000
    Ukrainians|arrested;a=Ukrainian officials]], including [[thousands of
    civilians|arrested;a=Ukrainian officials]], are still held in Russian prisons and detention
    centers. Human Rights Commissioner Dmytro Lubinets said that {{more than 90%}} of those
    returned in previous swaps had reported being tortured.""",
)

item(
    "Ukraine receives 1,000 bodies from Russia in latest repatriation",
    """On Thursday, Ukraine received the bodies of [[1,000 soldiers|killed;a=the Coordination
    Headquarters for the Treatment of Prisoners of War]] killed in combat, according to the
    Coordination Headquarters for the Treatment of Prisoners of War. Russia received the bodies
    of [[41 of its servicemen|killed;a=Shamsail Saraliyev]] in return, Russian lawmaker Shamsail
    Saraliyev said. Most of the remains came from the Donetsk and Zaporizhzhia regions, and
    forensic experts will now try to identify them, a process that can take up to {{18 months}}.
    Since {{2022}}, Ukraine has recovered [[more than 15,000 bodies|killed;a=the
    headquarters;alt=the Coordination Headquarters for the Treatment of Prisoners of War]]
    through such exchanges, the headquarters said. Kyiv says [[more than 60,000
    Ukrainians|missing;a=Kyiv]] are officially listed as missing under special circumstances. It
    was the {{second}} repatriation this month; in the first, Ukraine received [[909
    bodies|killed]].""",
)

item(
    "Hamas frees three Israeli hostages, Israel releases 369 Palestinian prisoners",
    """Hamas released [[three Israeli hostages|kidnapped]] in the southern Gaza city of Khan
    Younis on Saturday, and Israel freed [[369 Palestinian prisoners and
    detainees|other;n=prisoners and detainees]] in return, in the {{sixth}} exchange under a
    ceasefire that took effect on {{January 19}}. The Palestinian Prisoners' Society said [[36
    of the prisoners|other;a=The Palestinian Prisoners' Society]] were serving life sentences,
    and that [[333|other;a=The Palestinian Prisoners' Society]] had been detained in Gaza during
    the war and held without charge. Buses carrying the freed prisoners were met by crowds in
    Ramallah and Khan Younis, and the Red Cross said [[seven of the released
    prisoners|injured;a=the Red Cross]] were taken to hospital on arrival. The freed hostages,
    who appeared thin and pale, were paraded on a stage before being handed to the Red Cross.
    Israel still holds [[more than 10,000 Palestinians|arrested;a=Palestinian rights groups]],
    including [[about 3,400|arrested;a=Palestinian rights groups]] in administrative detention
    without charge or trial, according to Palestinian rights groups. Under the first phase of
    the truce, Hamas is to free [[33 hostages|kidnapped;p]] in all in exchange for [[about 1,900
    Palestinians|other;p]].""",
)

item(
    "Yemen's warring parties complete exchange of nearly 900 detainees",
    """Yemen's government and the Houthi rebels completed the exchange of [[nearly 900
    detainees|other;a=the International Committee of the Red Cross (ICRC)]] on Sunday, the
    International Committee of the Red Cross (ICRC) said, the biggest swap since the war began.
    Over {{three days}}, ICRC aircraft made [[15 flights|other;a=the organisation;alt=the
    International Committee of the Red Cross (ICRC)]] between Sanaa, Aden, Marib, Mokha and the
    Saudi city of Abha, carrying [[887 people|other;a=the organisation;alt=the International
    Committee of the Red Cross (ICRC)]] in all, the organisation said. The Houthis released
    [[181 prisoners|other]], among them [[16 Saudis|other]] and [[three Sudanese|other]], while
    the government freed [[706 Houthi fighters|other]]. Abdulqader al-Murtada, who heads the
    Houthis' prisoner committee, told reporters that the parties would meet again in May to
    discuss freeing [[more than 1,400 others|other;p;a=Abdulqader al-Murtada]]. Rights groups
    say [[thousands more|arrested;n=-;a=Rights groups]] remain in detention on both sides, many
    of them held incommunicado.""",
)

item(
    "Belarus leader pardons 30 more political prisoners as rights group counts over 1,200",
    """Belarusian President Alexander Lukashenko has pardoned [[30 more people|arrested;a=his
    press service]] convicted of "extremism," his press service said Tuesday, the {{eighth}}
    such release since July. The releases bring to [[245|arrested;a=Viasna]] the number of
    political prisoners freed since the summer, according to Viasna, the country's best-known
    human rights group. Viasna says [[1,265 people|arrested;a=Viasna]] remain imprisoned on
    political charges, among them [[at least 170 women|arrested;a=Viasna]]. Among those freed on
    Tuesday were [[18 women|arrested;a=the press service;alt=his press service]] and [[two
    people|arrested;a=the press service;alt=his press service]] suffering from cancer, the press
    service said. [[More than 65,000 people|arrested;a=Viasna]] have been detained since the
    disputed {{2020}} presidential election, which sparked months of mass protests, Viasna says.
    [[Hundreds of thousands of Belarusians|displaced]] have left the country since, many of them
    for Poland and Lithuania. Lukashenko, in power since {{1994}}, denies holding political
    prisoners and says those pardoned had asked for clemency.""",
)

item(
    "Regime frees 5,864 prisoners in Independence Day amnesty; few political detainees among them",
    """Myanmar's junta announced the release of [[5,864 prisoners|arrested;a=Myanmar's junta]],
    including [[180 foreigners|arrested;a=Myanmar's junta]], in an amnesty to mark the country's
    {{77th}} Independence Day on Saturday. The Assistance Association for Political Prisoners
    (AAPP), which monitors arrests, said only [[about 600 political prisoners|arrested;a=The
    Assistance Association for Political Prisoners (AAPP)]] were believed to be among those
    freed. [[At least 400 prisoners|arrested;a=a relative]] had walked out of Insein Prison in
    Yangon by midday, a relative who had waited at the gate since dawn told The Irrawaddy. The
    regime also commuted the death sentences of [[144 people|arrested;a=MRTV]] to life
    imprisonment, regime-controlled MRTV reported. The AAPP says [[more than 21,000
    people|arrested;a=The AAPP;alt=The Assistance Association for Political Prisoners (AAPP)]]
    remain in detention for opposing the coup of {{February 1, 2021}}, and that [[at least
    6,100|killed;a=The AAPP;alt=The Assistance Association for Political Prisoners (AAPP)]] have
    been killed by regime forces. Released prisoners must sign a pledge under {{Section 401}} of
    the Criminal Procedure Code that they will not reoffend, or serve the rest of their sentence
    on top of any new one.""",
)

item(
    "Interior Ministry frees 4,466 prisoners for Eid, few political detainees among them",
    """The Interior Ministry said on Sunday it had released [[4,466 prisoners|arrested;a=The
    Interior Ministry]] to mark Eid al-Fitr. The ministry said [[3,917|arrested;a=The
    ministry;alt=The Interior Ministry]] were freed on parole after serving half their sentences
    and [[549|arrested;a=The ministry;alt=The Interior Ministry]] under a presidential pardon
    issued by Abdel Fattah al-Sisi. Lawyers told Mada Masr they could identify only [[12
    people|arrested;a=Lawyers]] held in political cases among those freed. [[Several hundred
    relatives|other]] waited outside Wadi al-Natrun prison from dawn, some of them for news that
    never came. The Egyptian Commission for Rights and Freedoms estimates that [[about 60,000
    people|arrested;a=The Egyptian Commission for Rights and Freedoms]] are held on political
    grounds. In {{2016}}, Sisi formed a committee to review the cases of young detainees, whose
    recommendations have led to the release of [[more than 700 people|arrested]].""",
)

item(
    "Biggest prisoner swap since Cold War frees 16 held in Russia",
    """[[Twenty-six people|other;a=Turkey's intelligence agency]] were freed on Thursday in the
    biggest prisoner exchange between Russia and the West since the Cold War, carried out on the
    tarmac of Ankara airport, Turkey's intelligence agency said. Russia and Belarus released
    [[16 prisoners|other]], among them [[five Germans|other]] and [[seven Russian
    dissidents|other]], while [[10 people|other]], including [[two children|other]], were flown
    to Moscow from the US, Germany, Poland, Slovenia and Norway. Among those sent to Russia was
    a man serving a life sentence in Germany for a {{2019}} murder in a Berlin park. Memorial,
    the Russian rights group that was ordered to close in {{2021}}, says [[more than 700
    political prisoners|arrested;a=Memorial]] remain behind bars in Russia. Ukraine, which was
    not part of the deal, says Russia is holding [[thousands of Ukrainian
    civilians|arrested;a=Ukraine]] in prisons and in occupied territory.""",
)

item(
    "Ortega frees 222 political prisoners and sends them to the United States",
    """Daniel Ortega's government released [[222 political prisoners|arrested]] on Thursday and
    put them on a plane to Washington, stripping them of their Nicaraguan citizenship in what
    opposition figures described as a mass expulsion. Among those freed were [[seven former
    presidential hopefuls|arrested]] who had been jailed before the {{2021}} election, as well
    as students, journalists and priests. The Mechanism for the Recognition of Political
    Prisoners, a coalition of rights groups, said [[37 people|arrested;a=The Mechanism for the
    Recognition of Political Prisoners]] it considers political prisoners were still being held
    after the flight left Managua. Among them is Bishop Rolando Álvarez, who refused to board
    and was sentenced the next day to {{26 years}} in prison. In a second release in September,
    [[135 more prisoners|arrested]] were flown to Guatemala. [[More than 300 people|killed;a=the
    Inter-American Commission on Human Rights]] were killed when police and pro-government
    militias crushed protests in {{2018}}, according to the Inter-American Commission on Human
    Rights. [[More than 100,000 Nicaraguans|displaced;a=the UN refugee agency]] have since fled,
    most of them to Costa Rica, according to the UN refugee agency.""",
)

item(
    "Venezuela frees more people detained after election, prosecutor says",
    """Venezuelan authorities released [[103 people|arrested;a=the attorney general's office]]
    detained during protests over the disputed July presidential election, the attorney
    general's office said on Saturday, bringing to [[1,369|arrested;a=the attorney general's
    office]] the number freed since November. Rights group Foro Penal said it had confirmed only
    [[71 of the releases|arrested;a=Foro Penal]], and that [[1,849 political
    prisoners|arrested;a=Foro Penal]] remained behind bars, including [[68
    teenagers|arrested;a=Foro Penal]] and [[17 foreigners|arrested;a=Foro Penal]]. Relatives of
    detainees have held vigils outside prisons in Caracas and Tocuyito since December, demanding
    information.""",
)

item(
    "Syria's missing: Families search Sednaya as rescuers find no hidden cells",
    """Syria's White Helmets said on Tuesday that their search of Sednaya prison north of
    Damascus had found no hidden underground cells, dashing the hopes of families who had
    gathered there since opposition fighters freed [[thousands of prisoners|other]] on Sunday.
    The civil defence group said it had sent [[more than 100 rescuers|other;a=The civil defence
    group;alt=Syria's White Helmets]], along with sniffer dogs, to search the complex. Rebel
    commanders said [[about 3,500 inmates|other;a=Rebel commanders]] had been released from
    Sednaya alone, among them [[dozens of women|other;a=Rebel commanders]] held in a separate
    wing, some with children born in detention. The Syrian Network for Human Rights (SNHR)
    estimates that [[more than 112,000 people|missing;a=The Syrian Network for Human Rights
    (SNHR)]] remain forcibly disappeared, including [[3,100 children|missing;a=The Syrian
    Network for Human Rights (SNHR)]] and [[6,700 women|missing;a=The Syrian Network for Human
    Rights (SNHR)]]. Amnesty International documented in {{2017}} that [[as many as 13,000
    people|killed;a=Amnesty International]] were executed in mass hangings at Sednaya between
    {{2011}} and {{2015}}. A doctor at Mujtahid hospital in Damascus, Ahmad Hallaq, said the
    bodies of [[about 40 people|killed;a=Ahmad Hallaq]] found at a military hospital in the
    capital had been brought in, some bearing signs of torture. Outside the prison gates,
    relatives held up photographs of sons and brothers; many said they had paid bribes of up to
    {{$10,000}} over the years for any word of them. Sednaya, about {{30 km}} north of the
    capital, was known among Syrians as the "human slaughterhouse". Many of those freed on
    Sunday could not remember their names or how long they had been held, the White Helmets
    said. The new authorities have asked families to register missing relatives at offices in
    each governorate.""",
)

item(
    "Azerbaijan, Armenia swap servicemen in goodwill gesture",
    """Azerbaijan handed over [[32 Armenian servicemen|other;a=the Azerbaijani Presidential
    Administration]] to Armenia on Wednesday in exchange for [[two Azerbaijani
    soldiers|other;a=the Azerbaijani Presidential Administration]], the Azerbaijani Presidential
    Administration said. The exchange took place on the border between Azerbaijan's Gazakh
    district and Armenia's Tavush region, in line with a joint statement issued by Baku and
    Yerevan last week. The Armenian soldiers had been captured during clashes in {{2020}} and
    {{2022}}. Baku says [[nearly 4,000 Azerbaijanis|missing;a=Baku]] have been missing since the
    first Karabakh war in the early {{1990s}}, while Yerevan says [[about 1,000 of its
    citizens|missing;a=Yerevan]] remain unaccounted for. Azerbaijan is still holding [[23
    Armenians|arrested;a=Yerevan]], among them former leaders of the Karabakh separatist
    government, according to Yerevan.""",
)

item(
    "Sudan army says it freed hundreds held by RSF in Khartoum",
    """Sudan's army said on Wednesday it had freed [[more than 1,200 people|arrested;a=Sudan's
    army]] held in Rapid Support Forces (RSF) detention centres in the Khartoum area, many of
    them emaciated, and that [[at least 60|killed;a=Sudan's army]] had died of hunger and
    disease in a single facility in Soba. The Emergency Lawyers group said [[at least 350 of the
    freed detainees|arrested;a=The Emergency Lawyers group]] were civilians accused by the RSF
    of collaborating with the army. The Sudan Doctors Network said [[three of the former
    detainees|killed;a=The Sudan Doctors Network]] died after reaching hospital in Omdurman, and
    [[dozens more|injured;n=-;a=The Sudan Doctors Network]] were being treated for severe
    malnutrition. An RSF adviser denied that the group mistreated prisoners. A UN panel of
    experts said in January that the RSF was holding [[thousands of detainees|arrested;a=A UN
    panel of experts]] in makeshift prisons across the capital. The war, now in its {{third}}
    year, has uprooted [[about 13 million people|displaced;a=the United Nations]], according to
    the United Nations.""",
)

item(
    "Cuba completes release of 553 prisoners under Vatican-brokered deal",
    """Cuba's Supreme Court said Tuesday it had completed the release of [[553
    prisoners|arrested;a=Cuba's Supreme Court]] under a deal brokered by the Vatican after the
    United States removed the island from its list of state sponsors of terrorism. The court did
    not publish names, but {{Justicia 11J}}, a legal advocacy group, said it had identified
    [[about 200 people|arrested;a=Justicia 11J]] jailed over the mass protests of {{July 11,
    2021}} among those freed. The Madrid-based group Prisoners Defenders says [[1,161 political
    prisoners|arrested;a=Prisoners Defenders]] remained in Cuban jails at the end of December,
    including [[33 minors|arrested;a=Prisoners Defenders]]. [[More than 1,500 people|arrested]]
    were detained after the {{2021}} protests, the largest in decades, and [[about
    700|arrested]] were sentenced to prison terms of up to {{25 years}}. The Trump
    administration put Cuba back on the terrorism list within days of taking office, and Havana
    said it would free no more prisoners.""",
)
