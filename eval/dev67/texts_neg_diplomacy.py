"""Negatives (hard_negative_peace): ceasefire and hostage-deal talks, prisoner exchanges and
repatriations, truces, mandate renewals and agreements, with no current violent event.

Labels follow eval/README.md, section 1; see eval/dev67/README.md."""

NEGATIVES = [
    (
        "Gaza ceasefire talks resume in Doha as mediators push for final text",
        "Israeli and Hamas negotiators resumed indirect talks in Doha on Monday, with Qatari "
        "and Egyptian mediators moving between rooms in the same building, officials briefed "
        "on the talks said. The main gaps concern the number of Palestinian prisoners to be "
        "freed for each hostage and the pace of an Israeli withdrawal from the Philadelphi "
        "corridor. A US envoy was due to join the talks on Wednesday. Hamas said it was "
        'dealing with the proposals "positively and responsibly".',
        "peace",
    ),
    (
        "Israeli cabinet approves hostage release and ceasefire deal",
        "Israel's cabinet approved early on Saturday an agreement with Hamas under which 33 "
        "hostages are to be freed in a first six-week phase in exchange for hundreds of "
        "Palestinian prisoners, the prime minister's office said. The ceasefire in Gaza is to "
        "take effect at 8:30 on Sunday morning. Two far-right ministers voted against. The "
        "justice ministry published a list of 95 prisoners to be released in the first "
        "exchange.",
        "peace",
    ),
    (
        "Israel-Hezbollah ceasefire takes effect; Lebanese army to deploy in the south",
        "A ceasefire between Israel and Hezbollah brokered by the United States and France "
        "took effect at 4am on Wednesday. Under the deal, Israeli troops are to withdraw from "
        "south Lebanon over 60 days as the Lebanese army deploys along the border, and "
        "Hezbollah is to move its fighters and weapons north of the Litani river. A committee "
        "chaired by a US general will monitor compliance. Hezbollah's parliamentary bloc said "
        "the group would cooperate with the army. Israel's prime minister said Israel would "
        "keep full freedom of action if the deal was violated.",
        "peace",
    ),
    (
        "Ukraine and Russia swap 95 prisoners of war each",
        "Ukraine and Russia each handed over 95 prisoners of war on Friday in an exchange "
        "mediated by the United Arab Emirates, officials on both sides said. Among the "
        "Ukrainians were defenders of Mariupol and border guards captured in the first weeks "
        "of the full-scale invasion, the coordination headquarters for prisoners of war said. "
        "Freed soldiers wrapped in flags called their families from the buses. It was the "
        "58th exchange since February 2022.",
        "peace",
    ),
    (
        "Istanbul talks end after 90 minutes with deal on 1,000-for-1,000 swap",
        "The first direct talks between Russia and Ukraine in three years ended in Istanbul "
        "on Friday after less than two hours, with the two delegations agreeing to exchange "
        "1,000 prisoners of war each in the coming days, Ukraine's defence minister said. "
        "There was no agreement on a ceasefire, which Kyiv had set as its main demand. The "
        "head of the Russian delegation said Moscow was satisfied and ready to continue "
        "contacts. Turkey's foreign minister, who hosted the meeting at the Dolmabahce "
        "palace, said the two sides had agreed in principle to meet again. Ukraine's "
        "president, who had waited in Ankara, said he had not been invited to any meeting "
        "with the Kremlin's leader.",
        "peace",
    ),
    (
        "Russia and Ukraine sign separate deals with Turkey and UN to reopen grain ports",
        "Russia and Ukraine signed mirror agreements with Turkey and the United Nations in "
        "Istanbul on Friday to allow grain exports from three Ukrainian Black Sea ports, "
        "Odesa, Chornomorsk and Pivdennyi, with a joint coordination centre in Istanbul to "
        'inspect ships for weapons. The UN secretary-general called the deal "a beacon of '
        'hope".',
        "peace",
    ),
    (
        "Security Council renews UNIFIL for a final time",
        "The UN Security Council voted unanimously on Thursday to extend the mandate of the "
        "peacekeeping force in south Lebanon, UNIFIL, until the end of 2026, after which the "
        "mission is to wind down within a year. The United States and Israel had pushed for "
        "an earlier end, and Lebanon's president welcomed the vote.",
        "peace",
    ),
    (
        "UN envoy says Yemen truce extended by two months on the same terms",
        "Yemen's Saudi-backed government and the Houthis have agreed to extend a nationwide "
        "truce by two months on the same terms, the UN envoy said on Tuesday, hours before it "
        "was due to expire. The truce has let fuel ships into Hodeidah and allowed commercial "
        "flights from Sanaa to Amman and Cairo. Talks on reopening roads around Taiz will "
        "continue.",
        "peace",
    ),
    (
        "Red Cross flights carry nearly 900 detainees home in Yemen exchange",
        "Planes chartered by the International Committee of the Red Cross flew between Sanaa, "
        "Aden, Marib, Abha and Mokha over three days to carry nearly 900 conflict-related "
        "detainees home in the largest exchange of the Yemen war. Relatives waited on the "
        "tarmac with flowers and garlands. The ICRC said the operation had gone smoothly.",
        "peace",
    ),
    (
        "Damascus and SDF sign deal to merge Kurdish-led institutions into the state",
        "Syria's interim president and the commander of the Kurdish-led Syrian Democratic "
        "Forces signed an agreement on Monday to integrate the SDF's civilian and military "
        "institutions in the northeast, including oil and gas fields, border crossings and "
        "Qamishli airport, into the state by the end of the year. The deal recognises Kurds "
        "as an integral part of Syria. Crowds celebrated in Qamishli and Hasakah.",
        "peace",
    ),
    (
        "Riyadh and Tehran to reopen embassies under deal announced in Beijing",
        "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen "
        "their embassies within two months, in a deal announced in Beijing after four days of "
        "talks. The two countries also said they would revive a 2001 security cooperation "
        "agreement. The White House said it welcomed any effort to help end the war in Yemen. "
        "Images showed the Saudi and Iranian security advisers shaking hands with China's top "
        "diplomat. Analysts called it a diplomatic offensive by Beijing in a region long "
        "dominated by Washington.",
        "peace",
    ),
    (
        "Israel-Iran ceasefire holds for a second day",
        "A ceasefire between Israel and Iran held for a second day on Wednesday, with no new "
        "launches reported by either side, and Israel's Home Front Command lifted "
        "restrictions on gatherings and reopened schools. In Tehran shops reopened and "
        "traffic returned to the main avenues. Both governments claimed victory.",
        "peace",
    ),
    (
        "Four Ukrainian children returned from Russia with Qatar's mediation",
        "Four Ukrainian children taken to Russia during the occupation of Kherson region have "
        "been returned to their families, the presidential office said on Thursday, the "
        "latest returns arranged with Qatar's help. One of them, a 17-year-old boy, was "
        "reunited with his grandmother at a centre in Kyiv.",
        "peace",
    ),
    (
        "Ukraine receives 1,000 bodies in repatriation from Russia",
        "Ukraine received the bodies of 1,000 people that Russia says are Ukrainian soldiers "
        "killed in the fighting, the coordination headquarters said on Thursday, in a "
        "repatriation carried out under the Istanbul agreements. Russia received 19 bodies. "
        "Forensic experts will now try to identify the remains, which may take months.",
        "peace",
    ),
    (
        "Houthis free Galaxy Leader crew after 14 months",
        "Yemen's Houthis released the 25 crew members of the Galaxy Leader on Wednesday, "
        "handing them to Omani officials who flew them to Muscat, more than a year after the "
        "group seized the car carrier in the Red Sea. The group said the release was linked "
        "to the ceasefire in Gaza. The Philippines said 17 of its nationals were among them "
        "and in good health.",
        "peace",
    ),
    (
        "Ceasefire in eastern Ukraine comes into force at midnight",
        "A ceasefire between Ukrainian forces and Russian-backed separatists came into force "
        "at midnight on Sunday under the deal agreed in Minsk, and OSCE monitors said the "
        "first hours had been largely calm along most of the front. The agreement requires "
        "both sides to pull heavy weapons back to create a buffer zone at least 50 km wide. "
        "The president said he had ordered troops to hold their fire. Separatist leaders said "
        "they would observe the truce but accused Kyiv of moving troops toward the front.",
        "peace",
    ),
]
