"""dev125 hard negatives: sports results and live entries with their war words, and ceasefires,
truces, accords, prisoner swaps and mandate renewals announced with no current violence; not
conflict (eval/README.md, section 1, `hard_negative_sport` and `hard_negative_peace`)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "GOAL! Spain 2-1 England: Oyarzabal strikes late in Berlin",
        "86' Mikel Oyarzabal slides in at the far post to meet Marc Cucurella's low cross and "
        "Spain lead again in the Euro 2024 final. England's defence was caught flat.",
        "sport",
    ),
    (
        "Argentina win shootout to knock out Ecuador at Copa América",
        "HOUSTON (AP) — Emiliano Martínez saved two penalties as Argentina beat Ecuador 4-2 in "
        "a shootout on Thursday night after a 1-1 draw, sending the champions into the "
        "semifinals.",
        "sport",
    ),
    (
        "Sniper Sinner fires down 14 aces to storm into ATP Finals semis",
        "TURIN — Jannik Sinner blasted 14 aces past Daniil Medvedev to win 6-3 6-4 on "
        "Thursday and reach the semi-finals of the ATP Finals unbeaten.",
        "sport",
    ),
    (
        "Winnipeg Blue Bombers edge Argonauts in overtime thriller",
        "FINAL/2OT: Blue Bombers 30, Argonauts 27. Collaros finds Kenny Lawler for the winner.",
        "sport",
    ),
    (
        "India lay siege to Australia's top order as Bumrah takes three in Perth",
        "PERTH — Jasprit Bumrah tore through Australia's top order with three wickets in his "
        "first spell on Friday, leaving the hosts 38-4 at tea on day one of the first Test.",
        "sport",
    ),
    (
        "Live: Champions League final — PSG blitz Inter with three first-half goals",
        "38' Another one! Désiré Doué's deflected shot makes it 3-0 and Inter are being "
        "ambushed on the break again and again in Munich.",
        "sport",
    ),
    (
        "Verstappen survives late attack from Norris to win in Imola",
        "IMOLA, Italy — Max Verstappen held off a charging Lando Norris over the last 10 laps "
        "to win the Emilia Romagna Grand Prix on Sunday, his second victory of the season.",
        "sport",
    ),
    (
        "Fans clash before Lyon-Marseille match; 16 arrested, police say",
        "LYON — Rival supporters of Lyon and Marseille threw bottles and flares at each other "
        "near the stadium before Sunday night's Ligue 1 match, police said, arresting 16 "
        "people. Kick-off was delayed by 20 minutes.",
        "sport",
    ),
    (
        "Massacre at Molineux: Chelsea put six past Wolves",
        "Chelsea ran riot in the second half at Molineux on Sunday, with Cole Palmer scoring "
        "twice in a 6-2 rout that left Wolves bottom of the Premier League.",
        "sport",
    ),
    (
        "BREAKING: Boston Celtics win record 18th NBA title",
        "BOSTON (AP) — Jayson Tatum scored 31 points as the Celtics beat the Dallas Mavericks "
        "106-88 on Monday night to win the NBA Finals in five games.",
        "sport",
    ),
    (
        "Kipyegon breaks own 1500m world record in Eugene",
        "WORLD RECORD! Faith Kipyegon runs 3:48.68 in the women's 1,500m at the Prefontaine "
        "Classic.",
        "sport",
    ),
    (
        "Springboks grind out win in Test rugby's latest battle of the heavyweights",
        "JOHANNESBURG — South Africa beat New Zealand 18-12 at Ellis Park on Saturday, their "
        "forwards winning the battle up front as the Springboks retained the Freedom Cup.",
        "sport",
    ),
    (
        "Paris 2024: Léon Marchand wins fourth individual gold of the Games",
        "PARIS — Léon Marchand won the 200m individual medley on Friday night, his fourth gold "
        "of the Olympics, as the La Défense Arena crowd roared him home.",
        "sport",
    ),
    (
        "Israel-Hezbollah ceasefire takes effect; displaced Lebanese head south",
        "BEIRUT (AP) — A ceasefire between Israel and Hezbollah took effect at 4am on "
        "Wednesday, and cars loaded with belongings began heading back toward southern Lebanon "
        "within hours despite Israeli warnings not to return yet.",
        "peace",
    ),
    (
        "Gaza ceasefire in effect; first three hostages handed over to Red Cross",
        "The ceasefire between Israel and Hamas took effect at 11:15 on Sunday after a delay "
        "of nearly three hours, and three Israeli hostages were handed to the Red Cross in Gaza "
        "City in the afternoon, the IDF said.",
        "peace",
    ),
    (
        "Breaking News: India, Pakistan agree to stop firing from 5 pm, says Foreign Secretary",
        "India and Pakistan have agreed to stop all firing and military action on land, air "
        "and sea with effect from 17:00 IST today, Foreign Secretary Vikram Misri said.",
        "peace",
    ),
    (
        "Trump says Israel and Iran have agreed to a 'complete and total ceasefire'",
        "President Donald Trump said Monday that Israel and Iran had agreed to a phased "
        "ceasefire to take effect in about six hours. There was no immediate confirmation from "
        "either government. This is a developing story and will be updated.",
        "peace",
    ),
    (
        "Thailand and Cambodia agree to immediate ceasefire at Malaysia talks",
        "PUTRAJAYA — Thailand and Cambodia agreed to an unconditional ceasefire from midnight "
        "on Monday, Malaysian Prime Minister Anwar Ibrahim said after hosting talks between "
        "the two countries' leaders.",
        "peace",
    ),
    (
        "Congolese and Rwandan ministers sign US-brokered peace deal",
        "WASHINGTON — The foreign ministers of Congo and Rwanda signed a peace agreement at the "
        "State Department on Friday, committing to the withdrawal of Rwandan troops from "
        "eastern Congo within 90 days.",
        "peace",
    ),
    (
        "Armenia and Azerbaijan initial peace deal at White House summit",
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev "
        "initialled a peace agreement at the White House on Friday and agreed to open a "
        "transit route through southern Armenia.",
        "peace",
    ),
    (
        "Russia and Ukraine carry out largest prisoner swap of the war",
        "KYIV — Russia and Ukraine each released 390 prisoners on Friday in the first stage of "
        "a 1,000-for-1,000 exchange agreed in Istanbul, President Volodymyr Zelensky said. "
        "More exchanges are expected over the weekend.",
        "peace",
    ),
    (
        "Security Council extends UNIFIL mandate for final time",
        "NEW YORK — The UN Security Council voted unanimously on Thursday to extend the "
        "mandate of the UN peacekeeping force in southern Lebanon until the end of 2026, "
        "after which it will begin withdrawing over a year.",
        "peace",
    ),
    (
        "Colombia and EMC faction sign deal to start handing in weapons",
        "BOGOTÁ — The Colombian government and a faction of FARC dissidents signed an "
        "agreement on Thursday to move fighters into a temporary zone in Nariño and begin "
        "destroying weapons, the peace commissioner said.",
        "peace",
    ),
    (
        "All 20 living hostages released; Israel frees Palestinian prisoners",
        "Hamas released the last 20 living Israeli hostages to the Red Cross on Monday morning, "
        "and buses carrying Palestinian prisoners freed under the agreement arrived in Ramallah "
        "and Khan Younis in the afternoon.",
        "peace",
    ),
]
